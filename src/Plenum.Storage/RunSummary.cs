namespace Plenum.Storage;

/// <summary>One line of a listing of runs: the indexed summary columns, without the (possibly large) result JSON.</summary>
/// <param name="Id">The run's id in the store.</param>
/// <param name="CreatedAt">When the run started.</param>
/// <param name="ScenarioId">The scenario's <c>id</c>.</param>
/// <param name="ScenarioHash">SHA-256 of the scenario file's text.</param>
/// <param name="Models">The model ids, in the order they ran.</param>
/// <param name="Seed">The seed of the random stream.</param>
/// <param name="MonteCarloRuns">How many Monte Carlo runs made up the result.</param>
/// <param name="DurationMs">Wall-clock duration in milliseconds.</param>
/// <param name="PlenumVersion">The Plenum version that made the run.</param>
public sealed record RunSummary(
    long Id,
    DateTimeOffset CreatedAt,
    string ScenarioId,
    string ScenarioHash,
    IReadOnlyList<string> Models,
    long Seed,
    int MonteCarloRuns,
    double DurationMs,
    string PlenumVersion);
