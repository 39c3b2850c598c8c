namespace Plenum.Storage.Evidence;

/// <summary>A stored document without its text and bytes: what <c>plenum evidence list</c> shows.</summary>
public sealed record DocumentSummary
{
    public required string Id { get; init; }
    public required string Workspace { get; init; }
    public required string SourceId { get; init; }
    public required string Title { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>text, markdown, html or pdf.</summary>
    public required string Format { get; init; }

    /// <summary>The encoding the file was read in; null for PDF.</summary>
    public string? Encoding { get; init; }

    public required string FileName { get; init; }
    public required string ContentHash { get; init; }

    /// <summary>Size of the original file.</summary>
    public required long ByteLength { get; init; }

    /// <summary>Length of the extracted text in UTF-16 code units (the range of valid offsets).</summary>
    public required long TextLength { get; init; }

    /// <summary>For PDF, where each page starts in the text; empty otherwise.</summary>
    public required IReadOnlyList<int> PageStarts { get; init; }

    public required string ExtractorVersion { get; init; }
    public required DateTimeOffset AddedAt { get; init; }
}
