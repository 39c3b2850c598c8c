namespace Plenum.Core.Evidence.Names;

/// <summary>
/// The analyst's answers to name suggestions: which surface forms were confirmed as, or rejected for, which
/// actors. The resolver puts a confirmed actor first with <see cref="NameMatchMethod.AnalystConfirmed"/> and
/// never offers a rejected one again for that surface form.
/// </summary>
/// <remarks>
/// Immutable: <see cref="Confirm"/> and <see cref="Reject"/> return a new record. Surface forms are compared
/// after folding case and diacritics and removing honorifics and possessives, so a decision on "Trotzki"
/// covers "Trotzki's" and "Genosse Trotzki", but not "Trotsky". For the same surface form and actor the
/// latest decision wins. A confirmation overrides the never-merge list: it is the analyst's own judgement,
/// not an automatic merge.
/// </remarks>
public sealed class NameMergeDecisions
{
    private readonly Dictionary<(string Surface, string ActorId), NameMergeDecision> _latest;

    /// <summary>A record without decisions.</summary>
    public static NameMergeDecisions None { get; } = new([]);

    /// <summary>The record of <paramref name="decisions"/>, later ones overriding earlier ones for the same surface form and actor.</summary>
    public NameMergeDecisions(IEnumerable<NameMergeDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        All = decisions.ToList();
        _latest = new Dictionary<(string, string), NameMergeDecision>();
        foreach (var decision in All) _latest[(KeyOf(decision.Surface), decision.ActorId)] = decision;
    }

    /// <summary>Every decision, in the order made.</summary>
    public IReadOnlyList<NameMergeDecision> All { get; }

    /// <summary>A copy with the surface form confirmed for the actor.</summary>
    public NameMergeDecisions Confirm(string surface, string actorId, string? analyst = null, string? note = null) =>
        new(All.Append(new NameMergeDecision(surface, actorId, NameMergeVerdict.Confirmed, analyst, note)));

    /// <summary>A copy with the actor rejected for the surface form.</summary>
    public NameMergeDecisions Reject(string surface, string actorId, string? analyst = null, string? note = null) =>
        new(All.Append(new NameMergeDecision(surface, actorId, NameMergeVerdict.Rejected, analyst, note)));

    /// <summary>The standing verdict on this surface form and actor, or null if the analyst has not decided.</summary>
    public NameMergeVerdict? VerdictFor(string surface, string actorId) =>
        _latest.TryGetValue((KeyOf(surface), actorId), out var decision) ? decision.Verdict : null;

    /// <summary>The standing decisions for a surface form already normalised by <see cref="NameParser"/>.</summary>
    internal IEnumerable<NameMergeDecision> ForNormalised(string normalisedSurface)
    {
        foreach (var ((surface, _), decision) in _latest)
            if (surface == normalisedSurface) yield return decision;
    }

    internal static string KeyOf(string surface) => NameParser.Parse(surface).Normalised;
}
