namespace Plenum.Storage;

/// <summary>
/// Everything saved about one run: what was run (scenario, its hash, models, options, seed, Monte Carlo runs),
/// what came out (the result JSON, verbatim) and how long it took.
/// </summary>
/// <remarks>
/// The store treats <see cref="ResultJson"/> as opaque text: the CLI serialises the result with the JSON contract
/// of <c>docs/cli.md</c>, and <c>plenum export</c> returns the same text byte for byte. The other fields are the
/// summary columns that listing and filtering use. Times are kept to the microsecond (PostgreSQL's precision).
/// </remarks>
public sealed record RunRecord
{
    /// <summary>The id the store gave the run; 0 before it is saved.</summary>
    public long Id { get; init; }

    /// <summary>When the run started (the caller's clock; the store never reads the time itself).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The workspace that owns the run (web app access control); runs saved by the CLI belong to the default
    /// workspace, <see cref="DefaultWorkspaceId"/>.
    /// </summary>
    public long WorkspaceId { get; init; } = DefaultWorkspaceId;

    /// <summary>The id of the workspace every store starts with, which owns the CLI's runs.</summary>
    public const long DefaultWorkspaceId = 1;

    /// <summary>The scenario's <c>id</c>.</summary>
    public required string ScenarioId { get; init; }

    /// <summary>SHA-256 of the scenario file's text (see <see cref="Storage.ScenarioHash"/>), so an edited file shows as a different input.</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>The model ids, in the order they ran. At least one; an id holds no comma.</summary>
    public required IReadOnlyList<string> Models { get; init; }

    /// <summary>The <c>--set</c> options in force (the seed is kept apart in <see cref="Seed"/>).</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = EmptyOptions;

    /// <summary>The seed of the random stream.</summary>
    public long Seed { get; init; }

    /// <summary>How many Monte Carlo runs made up the result; 1 for a single deterministic run.</summary>
    public int MonteCarloRuns { get; init; } = 1;

    /// <summary>Wall-clock duration of the whole run in milliseconds.</summary>
    public double DurationMs { get; init; }

    /// <summary>Milliseconds per phase (for example <c>load</c>, <c>bdm</c>, <c>present</c>), as the caller measured them.</summary>
    public IReadOnlyDictionary<string, double> Timings { get; init; } = EmptyTimings;

    /// <summary>The Plenum version that made the run, so old results can be told apart after an upgrade.</summary>
    public required string PlenumVersion { get; init; }

    /// <summary>The full result as JSON text, stored and returned verbatim.</summary>
    public required string ResultJson { get; init; }

    private static readonly IReadOnlyDictionary<string, string> EmptyOptions = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, double> EmptyTimings = new Dictionary<string, double>();

    /// <summary>The summary of this run as listings show it.</summary>
    public RunSummary ToSummary() =>
        new(Id, CreatedAt, ScenarioId, ScenarioHash, Models, Seed, MonteCarloRuns, DurationMs, PlenumVersion);
}
