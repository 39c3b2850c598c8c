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
    private int[] _items;

    /// <summary>For rows built on use: how much of <see cref="Items"/> is written, and where the row being built starts.</summary>
    private int _used, _closed;

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

    /// <summary>
    /// Rows that start unbuilt (<see cref="IsBuilt"/>) and are built when first needed (<see cref="Add"/>, then
    /// <see cref="Close"/>), one after the other in <paramref name="buffer"/> (grown when full). The demand rows:
    /// most of them are never read in a round (see <see cref="CutRanges"/>), so writing them all at creation cost
    /// more than building the few that are read.
    /// </summary>
    public static CandidateLists BuiltOnUse(int cells, int[] buffer)
    {
        var begin = new int[cells];
        Array.Fill(begin, -1);
        return new CandidateLists(begin, new int[cells], buffer.Length > 0 ? buffer : new int[1024]);
    }

    /// <summary>Whether the row of <paramref name="cell"/> exists (always, except for rows built on use not built yet).</summary>
    public bool IsBuilt(int cell) => _begin[cell] >= 0;

    /// <summary>Appends <paramref name="item"/> to the row being built (rows built on use; see <see cref="Close"/>).</summary>
    public void Add(int item)
    {
        if (_used == _items.Length) Array.Resize(ref _items, 2 * _items.Length);
        _items[_used++] = item;
    }

    /// <summary>Ends the row of <paramref name="cell"/>: it holds what was added since the last row was closed.</summary>
    public void Close(int cell)
    {
        _begin[cell] = _closed;
        _count[cell] = _used - _closed;
        _closed = _used;
    }

    /// <summary>The array the rows live in, as grown by building rows (for keeping it across rounds).</summary>
    public int[] Buffer => _items;

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
