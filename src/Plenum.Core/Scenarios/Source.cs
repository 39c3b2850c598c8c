namespace Plenum.Core.Scenarios;

/// <summary>A document the scenario's numbers are drawn from.</summary>
/// <param name="Reliability">The grade of the source (A–F, as in the Admiralty code), separate from each claim's credibility.</param>
/// <param name="File">Path of a copy of the text, relative to the scenario file.</param>
public sealed record Source(string Id, string Title, string? File, string? Reliability, string? Author, string? Date, SourceSpan Where)
{
    /// <summary>The publisher or channel; two sources with the same publisher are not independent of each other.</summary>
    public string? Publisher { get; init; }

    /// <summary>
    /// The source's own claim about how it checked its information ("verified for the most part in two or three
    /// different ways"). Recorded as an assertion of the source, never counted as corroboration.
    /// </summary>
    public string? Verification { get; init; }

    /// <summary>How this source derives from others (quoted from, republished from…): its provenance links.</summary>
    public IReadOnlyList<SourceRelation> Relations { get; init; } = [];
}
