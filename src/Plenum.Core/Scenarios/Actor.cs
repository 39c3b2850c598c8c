namespace Plenum.Core.Scenarios;

/// <summary>A participant in the struggle: capability, and a position and salience on each issue.</summary>
/// <remarks>
/// Capability is any positive number and only ratios matter; it is kept exactly as given so imported data
/// reproduce their references. Salience is on 0–100. Positions are on each issue's own scale.
/// An actor may have no position on an issue; models then leave it out of that issue.
/// </remarks>
public sealed record Actor(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    UncertainValue Capability,
    IReadOnlyDictionary<string, UncertainValue> Position,
    IReadOnlyDictionary<string, UncertainValue> Salience,
    IReadOnlyList<EvidenceLink> Evidence,
    string? Notes,
    SourceSpan Where)
{
    /// <summary>Whether the actor takes part in the issue (has a position on it).</summary>
    public bool Takes(string issueId) => Position.ContainsKey(issueId);

    /// <summary>Salience on the issue, 0–100; an actor with a position but no stated salience counts as 100.</summary>
    public double SalienceOn(string issueId) => Salience.TryGetValue(issueId, out var s) ? s.Value : 100.0;
}
