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

    private CandidateLists(int[] begin, int[] count, int[] items)
    {
        _begin = begin;
        _count = count;
        _items = items;
    }

    /// <summary>Builds the rows from two cells per valid candidate, candidates in index order.</summary>
    /// <param name="cells">Number of cells (actors × issues).</param>
    /// <param name="valid">Which candidates take part.</param>
    /// <param name="first">First cell of candidate k.</param>
    /// <param name="second">Second cell of candidate k.</param>
    public static CandidateLists Build(int cells, int candidates, Func<int, bool> valid, Func<int, int> first, Func<int, int> second)
    {
        var count = new int[cells];
        for (var k = 0; k < candidates; k++)
        {
            if (!valid(k)) continue;
            count[first(k)]++;
            count[second(k)]++;
        }
        var begin = new int[cells];
        var total = 0;
        for (var c = 0; c < cells; c++)
        {
            begin[c] = total;
            total += count[c];
        }
        var items = new int[total];
        var fill = (int[])begin.Clone();
        for (var k = 0; k < candidates; k++)
        {
            if (!valid(k)) continue;
            items[fill[first(k)]++] = k;
            items[fill[second(k)]++] = k;
        }
        return new CandidateLists(begin, count, items);
    }

    /// <summary>The live part of a row: the candidates still listed for <paramref name="cell"/>.</summary>
    public Span<int> Row(int cell) => _items.AsSpan(_begin[cell], _count[cell]);

    /// <summary>Shortens a row to its first <paramref name="kept"/> entries (after compacting it in place).</summary>
    public void Keep(int cell, int kept) => _count[cell] = kept;
}
