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
    /// <param name="targets">For supply rows, beside each entry: the cell (partner × issue) whose round-start position the row's actor moves toward in that candidate; null for demand rows.</param>
    public CandidateLists(int[] begin, int[] count, int[] items, int[]? targets = null)
    {
        _begin = begin;
        _count = count;
        _items = items;
        Targets = targets;
    }

    /// <summary>
    /// Beside each entry of <see cref="Items"/> (supply rows only): the cell whose round-start position is the target
    /// of the row actor's move in that candidate (4 bytes instead of the 8 of the position: the rows are written
    /// once per round in scattered order, and that writing costs by the byte).
    /// </summary>
    public int[]? Targets { get; }

    /// <summary>Moves entry <paramref name="from"/> to place <paramref name="to"/> (compaction), with its target.</summary>
    public void Move(int from, int to)
    {
        _items[to] = _items[from];
        if (Targets is { } targets) targets[to] = targets[from];
    }

    /// <summary>The array all rows live in (for splitting a row between threads).</summary>
    public int[] Items => _items;

    /// <summary>Where the row of <paramref name="cell"/> starts in <see cref="Items"/>.</summary>
    public int Begin(int cell) => _begin[cell];

    /// <summary>How many candidates the row of <paramref name="cell"/> holds.</summary>
    public int Count(int cell) => _count[cell];

    /// <summary>Shortens a row to its first <paramref name="kept"/> entries (after compacting it in place).</summary>
    public void Keep(int cell, int kept) => _count[cell] = kept;
}
