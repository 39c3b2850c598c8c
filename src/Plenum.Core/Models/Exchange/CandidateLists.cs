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

    /// <summary>
    /// Builds the rows for the valid candidates, in index order: by the cells of their supply sides
    /// (I on Q, J on P) or of their demand sides (I on P, J on Q).
    /// </summary>
    public static CandidateLists Build(int cells, CandidateState[] state, int issues, bool supply)
    {
        var count = new int[cells];
        for (var k = 0; k < state.Length; k++)
        {
            ref readonly var x = ref state[k];
            if (!x.Valid) continue;
            count[x.I * issues + (supply ? x.Q : x.P)]++;
            count[x.J * issues + (supply ? x.P : x.Q)]++;
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
        for (var k = 0; k < state.Length; k++)
        {
            ref readonly var x = ref state[k];
            if (!x.Valid) continue;
            items[fill[x.I * issues + (supply ? x.Q : x.P)]++] = k;
            items[fill[x.J * issues + (supply ? x.P : x.Q)]++] = k;
        }
        return new CandidateLists(begin, count, items);
    }

    /// <summary>The live part of a row: the candidates still listed for <paramref name="cell"/>.</summary>
    public Span<int> Row(int cell) => _items.AsSpan(_begin[cell], _count[cell]);

    /// <summary>Shortens a row to its first <paramref name="kept"/> entries (after compacting it in place).</summary>
    public void Keep(int cell, int kept) => _count[cell] = kept;
}
