namespace Plenum.Core.Models;

/// <summary>
/// What a model run produced, in the shape of the JSON contract of <c>docs/cli.md</c>.
/// Presenters turn it into tables, JSON and CSV; models never format.
/// </summary>
/// <param name="Options">The options in force, defaults included, so every run can be reproduced.</param>
/// <param name="Tables">Model-specific detail (offers, bargains, exchanges…) as named tables.</param>
/// <param name="Notes">Plain statements about the run the user should see (non-convergence, cycles…).</param>
public sealed record ForecastResult(
    string Scenario,
    string Model,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<IssueForecast> Issues,
    IReadOnlyList<MotionForecast> Motions,
    IReadOnlyList<ActorForecast> Actors,
    IReadOnlyList<ResultTable> Tables,
    IReadOnlyList<string> Notes);

/// <summary>The forecast on one issue, with its trajectory.</summary>
/// <param name="Forecast">The number the model states as its forecast (documented per model).</param>
/// <param name="Mean">Capability×salience-weighted mean of the final positions.</param>
/// <param name="Median">Capability×salience-weighted median of the final positions.</param>
/// <param name="Rounds">Round 0 is the initial state.</param>
/// <param name="Convergence">How the run stopped; null for one-shot models.</param>
/// <param name="Distribution">With Monte Carlo runs: the spread of the forecast over the runs.</param>
public sealed record IssueForecast(
    string Id,
    double Forecast,
    double Mean,
    double Median,
    IReadOnlyList<RoundState> Rounds,
    Convergence? Convergence = null,
    OutcomeDistribution? Distribution = null);

/// <summary>The distribution of an issue's forecast over Monte Carlo runs.</summary>
/// <param name="Histogram">Counts of runs per bin; bins split [BinLow, BinHigh] evenly.</param>
public sealed record OutcomeDistribution(int Runs, double Mean, double StandardDeviation, double P05, double P50, double P95,
    double BinLow, double BinHigh, IReadOnlyList<int> Histogram);

/// <summary>Every actor's position after a round, with the weighted mean and median.</summary>
public sealed record RoundState(int Round, IReadOnlyDictionary<string, double> Positions, double Mean, double Median);

/// <summary>How a round-based run ended.</summary>
/// <param name="Status"><c>converged</c>, <c>cycle</c>, or <c>round-limit</c>.</param>
/// <param name="CycleStart">For cycles: the first round of the repeating part.</param>
/// <param name="CycleLength">For cycles: its period in rounds.</param>
public sealed record Convergence(string Status, int Rounds, int? CycleStart = null, int? CycleLength = null);

/// <summary>The chance a motion passes, overall and in each body.</summary>
public sealed record MotionForecast(string Id, double PPass, string DecidedBy, IReadOnlyDictionary<string, BodyVote> Bodies);

/// <summary>The expected vote of one body on a motion.</summary>
public sealed record BodyVote(double PPass, double VotesFor, double VotesAgainst);

/// <summary>Per-actor outcome probabilities.</summary>
public sealed record ActorForecast(string Id, double PRemoved, double PPrevails);

/// <summary>A named table of model detail, written as CSV and embedded in JSON.</summary>
/// <remarks>Cells are strings, numbers (double/int/long) or null.</remarks>
public sealed record ResultTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
