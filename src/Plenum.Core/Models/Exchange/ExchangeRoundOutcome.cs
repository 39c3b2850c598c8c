namespace Plenum.Core.Models.Exchange;

/// <summary>What one round of exchanges did.</summary>
/// <param name="Executed">The executed exchanges in execution order, as they stood when executed.</param>
/// <param name="CandidateCount">Candidate exchanges created (pairs on opposite sides of both means).</param>
/// <param name="ValidAtCreation">Candidates valid when created.</param>
/// <param name="InitialGains">Gains of the candidates valid at creation, in creation order; empty when the workspace did not keep them (<see cref="ExchangeWorkspace.KeepInitialGains"/>).</param>
/// <param name="Voting">Normalised voting positions after the round (actor × issue).</param>
/// <param name="NextStart">Normalised start positions of the next round.</param>
/// <param name="Ties">How many times a tie had to be broken.</param>
internal sealed record ExchangeRoundOutcome(
    IReadOnlyList<ExchangeCandidate> Executed,
    int CandidateCount,
    int ValidAtCreation,
    double[] InitialGains,
    double[] Voting,
    double[] NextStart,
    int Ties);
