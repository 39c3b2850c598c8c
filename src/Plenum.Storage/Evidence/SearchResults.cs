using System.Collections;
using Plenum.Evidence.Search;

namespace Plenum.Storage.Evidence;

/// <summary>
/// The hits of a search, best first, and how much of the match set they were chosen from. Ranking costs time for
/// every matching segment, so a query matching more than <see cref="EvidenceSearch.RankLimit"/> segments (a word in
/// most paragraphs of a large store) is ranked among the first that many in the order documents were added, and
/// says so: <see cref="RankedAll"/> is false and a caller should tell the user to narrow the query.
/// </summary>
/// <param name="Hits">The hits, best first.</param>
/// <param name="Matches">How many segments match, counted up to <see cref="EvidenceSearch.RankLimit"/> + 1.</param>
/// <param name="RankedAll">True when every matching segment was ranked, so the hits are the best of all.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Matches, bool RankedAll) : IReadOnlyList<SearchHit>
{
    /// <summary>No hits.</summary>
    public static SearchResults None { get; } = new([], 0, true);

    public SearchHit this[int index] => Hits[index];

    public int Count => Hits.Count;

    public IEnumerator<SearchHit> GetEnumerator() => Hits.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
