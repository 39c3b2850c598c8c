namespace Plenum.Core.Scenarios;

/// <summary>A passage of a source that supports one number (or statement) of the scenario.</summary>
/// <param name="SourceId">The id of a source declared under <c>sources</c>.</param>
/// <param name="Quote">The passage, copied literally from the source.</param>
/// <param name="Supports">What it supports, as a path: <c>position.line</c>, <c>salience.line</c>, <c>capability</c>, <c>member</c>…
/// (for the evidence of a claim: <c>claim</c>).</param>
/// <param name="Note">The analyst's reading of the passage, if any.</param>
/// <param name="Where">Where the link is written in the scenario file.</param>
public sealed record EvidenceLink(string SourceId, string? Quote, string Supports, string? Note, SourceSpan Where)
{
    /// <summary>Whether the passage supports what it is attached to, contradicts it, or only gives context.</summary>
    public EvidenceStance Stance { get; init; } = EvidenceStance.Supports;

    /// <summary>
    /// The stored passage the link cites (<c>passage: doc-…:start-end</c>), or null. <c>plenum validate</c> checks,
    /// when the store can be reached, that the passage still exists and reads as <see cref="Quote"/>.
    /// </summary>
    public PassageReference? Passage { get; init; }
}

/// <summary>How a passage bears on a number or claim; contradicting passages are counted apart.</summary>
public enum EvidenceStance
{
    /// <summary>The passage supports the number or claim.</summary>
    Supports,
    /// <summary>The passage speaks against it.</summary>
    Contradicts,
    /// <summary>The passage is background only; it neither supports nor contradicts.</summary>
    Context,
}
