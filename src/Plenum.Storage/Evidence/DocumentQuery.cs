namespace Plenum.Storage.Evidence;

/// <summary>Which documents to list: newest first, optionally of one source.</summary>
public sealed record DocumentQuery
{
    /// <summary>The workspace to list.</summary>
    public string Workspace { get; init; } = Plenum.Evidence.DocumentMetadata.DefaultWorkspace;

    /// <summary>Only documents of this source, when set.</summary>
    public string? SourceId { get; init; }

    /// <summary>At most this many (1–10,000).</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Skip this many first.</summary>
    public int Offset { get; init; }
}
