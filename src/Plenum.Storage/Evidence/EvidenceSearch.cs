using Plenum.Evidence.Search;

namespace Plenum.Storage.Evidence;

/// <summary>A full-text search: the parsed query, how many hits, in which workspace.</summary>
public sealed record EvidenceSearch(SearchQuery Query)
{
    /// <summary>At most this many hits, best first (1–1,000).</summary>
    public int Limit { get; init; } = 20;

    /// <summary>The workspace searched.</summary>
    public string Workspace { get; init; } = Plenum.Evidence.DocumentMetadata.DefaultWorkspace;
}
