using Plenum.Evidence.Search;

namespace Plenum.Storage.Evidence;

/// <summary>A full-text search: the parsed query, how many hits, in which workspace.</summary>
public sealed record EvidenceSearch(SearchQuery Query)
{
    /// <summary>At most this many hits, best first (1–1,000).</summary>
    public int Limit { get; init; } = 20;

    /// <summary>The default of <see cref="RankLimit"/>: ranking 20,000 segments takes about 60 ms of CPU on SQLite.</summary>
    public const int DefaultRankLimit = 20_000;

    /// <summary>
    /// At most this many matching segments are ranked (1–1,000,000): the first ones in the order they were added.
    /// Ranking costs a few microseconds per matching segment, so an unbounded ranking of a common word over a
    /// gigabyte of text takes seconds; this bound keeps every search fast and <see cref="SearchResults.RankedAll"/> tells when it applied.
    /// </summary>
    public int RankLimit { get; init; } = DefaultRankLimit;

    /// <summary>The workspace searched.</summary>
    public string Workspace { get; init; } = Plenum.Evidence.DocumentMetadata.DefaultWorkspace;
}
