namespace Plenum.Core.Scenarios;

/// <summary>How a body decides.</summary>
public enum DecisionRuleKind
{
    /// <summary>More than half of the votes cast by members.</summary>
    Majority,
    /// <summary>At least two thirds of the members' votes.</summary>
    TwoThirds,
    /// <summary>Every member in favour.</summary>
    Unanimity,
    /// <summary>Weighted votes reaching a stated quota.</summary>
    WeightedQuota,
}

/// <summary>A decision rule: its kind, and for weighted quota games the quota and each member's weight.</summary>
public sealed record DecisionRule(DecisionRuleKind Kind, double? Quota, IReadOnlyDictionary<string, double>? Weights)
{
    /// <summary>Simple majority, one member one vote.</summary>
    public static DecisionRule Majority { get; } = new(DecisionRuleKind.Majority, null, null);
}

/// <summary>A formal body: members who vote, candidates who attend without a vote, its rule and who convenes it.</summary>
/// <param name="Members">Actor ids, or the ids of other bodies whose members all belong (a joint session).</param>
/// <param name="Overrules">Ids of lower bodies whose decisions this body can reverse.</param>
public sealed record Body(
    string Id,
    string Name,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> Candidates,
    DecisionRule Rule,
    string? Convener,
    IReadOnlyList<string> Overrules,
    IReadOnlyList<EvidenceLink> Evidence,
    string? Notes,
    SourceSpan Where);
