namespace Plenum.Core.Models.Exchange;

/// <summary>
/// For every (actor, issue) cell, the candidates that have a side with that actor and that issue as supply (or
/// demand) issue: the ones an executed exchange touches. One flat array (compressed rows), each row compacted
/// in place as its candidates become invalid.
/// </summary>
internal sealed class CandidateLists
{
    private readonly int[] _begin;
    private readonly int[] _count;
    private readonly int[] _items;

    /// <param name="begin">Start of each cell's row in <paramref name="items"/>.</param>
    /// <param name="count">Length of each row.</param>
    /// <param name="items">The rows, candidates in index order within each row.</param>
    public CandidateLists(int[] begin, int[] count, int[] items)
    {
        _begin = begin;
        _count = count;
        _items = items;
    }

    /// <summary>The array all rows live in (for splitting a row between threads).</summary>
    public int[] Items => _items;

    /// <summary>Where the row of <paramref name="cell"/> starts in <see cref="Items"/>.</summary>
    public int Begin(int cell) => _begin[cell];

    /// <summary>How many candidates the row of <paramref name="cell"/> holds.</summary>
    public int Count(int cell) => _count[cell];

    /// <summary>The live part of a row: the candidates still listed for <paramref name="cell"/>.</summary>
    public Span<int> Row(int cell) => _items.AsSpan(_begin[cell], _count[cell]);

    /// <summary>Shortens a row to its first <paramref name="kept"/> entries (after compacting it in place).</summary>
    public void Keep(int cell, int kept) => _count[cell] = kept;
}
