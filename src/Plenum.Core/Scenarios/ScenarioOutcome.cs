namespace Plenum.Core.Scenarios;

/// <summary>
/// What really happened, kept apart from the inputs so that backtests can score forecasts against it.
/// Models never see it: <see cref="Scenario.WithoutOutcome"/> is what a backtest runs.
/// </summary>
/// <param name="Issues">The outcome position per issue, on the issue's scale.</param>
/// <param name="Removed">Actors removed from the body the scenario's removal motions concern.</param>
/// <param name="Prevailed">Actors whose line prevailed.</param>
public sealed record ScenarioOutcome(
    string? Date,
    IReadOnlyDictionary<string, double> Issues,
    IReadOnlyList<MotionOutcome> Motions,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Prevailed,
    IReadOnlyList<EvidenceLink> Evidence,
    string? Notes,
    SourceSpan Where);

/// <summary>How a motion fared in one body (or finally, when <see cref="Body"/> is the deciding body or null).</summary>
public sealed record MotionOutcome(string Motion, string? Body, bool Passed, string? Date, RecordedVote? Votes, SourceSpan Where);

/// <summary>A documented vote: totals, and each member's vote where known (<c>for</c>, <c>against</c>, <c>abstain</c>, <c>absent</c>).</summary>
public sealed record RecordedVote(double? For, double? Against, double? Abstain, IReadOnlyDictionary<string, string> ByName);
