using Plenum.Evidence.Annotation;
using Plenum.Evidence.Search;

namespace Plenum.Evidence;

/// <summary>
/// Everything the store writes for one document, computed before the write transaction opens: the original
/// bytes, the extracted text, the search segments, and the passages with the quotes and mentions on them.
/// </summary>
public sealed record PreparedDocument
{
    /// <summary>The document id, <c>doc-</c> and the first 16 hex digits of <see cref="ContentHash"/>.</summary>
    public required string Id { get; init; }

    /// <summary>SHA-256 of <see cref="Original"/>, lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Source, title (resolved: given, found in the document, or the file name), author, publisher, date, workspace.</summary>
    public required DocumentMetadata Metadata { get; init; }

    /// <summary>The file name it was added from (without folders).</summary>
    public required string FileName { get; init; }

    /// <summary>The file as it was read.</summary>
    public required byte[] Original { get; init; }

    /// <summary>The extracted text and how it was read.</summary>
    public required ExtractedText Extracted { get; init; }

    /// <summary>The stretches of text the full-text index holds.</summary>
    public required IReadOnlyList<TextSegment> Segments { get; init; }

    /// <summary>The distinct spans the annotations sit on, in the order the annotators first returned them.</summary>
    public required IReadOnlyList<PassageAnchor> Passages { get; init; }

    /// <summary>The quotes, each on <see cref="Passages"/>[<c>Passage</c>].</summary>
    public required IReadOnlyList<(int Passage, string Annotator, QuoteAnnotation Quote)> Quotes { get; init; }

    /// <summary>The mentions, each on <see cref="Passages"/>[<c>Passage</c>].</summary>
    public required IReadOnlyList<(int Passage, string Annotator, MentionAnnotation Mention)> Mentions { get; init; }

    /// <summary>The version of the extractors that made the text (<see cref="Extraction.DocumentExtraction.Version"/>).</summary>
    public required string ExtractorVersion { get; init; }
}
