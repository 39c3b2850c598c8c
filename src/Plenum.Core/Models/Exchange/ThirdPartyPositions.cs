namespace Plenum.Core.Models.Exchange;

/// <summary>
/// Decide's <c>updates</c>, shared: the positions of third actors that a candidate's no-overshoot check uses.
/// An executed exchange records its supplier's voting position on issue r for every candidate whose side
/// demands r with the same actor as the executed exchange's demander on r — so the record depends only on
/// (demanding actor, issue), and every candidate with that demander sees the same list. One list per
/// (actor, issue), in recording order (the order the sums run in).
/// </summary>
internal sealed class ThirdPartyPositions
{
    private readonly int[] _head;
    private readonly int[] _tail;
    private Entry[] _entries = new Entry[64];
    private int _count;

    /// <summary>Per cell, a bit per actor: whether the actor has an entry (so a sum without it can skip the walk).</summary>
    private readonly ulong[] _recorded;
    private readonly int _words;

    public ThirdPartyPositions(int cells, int actors)
    {
        _head = new int[cells];
        _tail = new int[cells];
        Array.Fill(_head, -1);
        Array.Fill(_tail, -1);
        _words = (actors + 63) >> 6;
        _recorded = new ulong[cells * _words];
    }

    /// <summary>Whether <paramref name="actor"/> has an entry for the demander cell <paramref name="key"/>.</summary>
    public bool Has(int key, int actor) => (_recorded[key * _words + (actor >> 6)] & (1UL << actor)) != 0;

    /// <summary>
    /// Records <paramref name="mover"/> at <paramref name="voting"/> for the demander cell <paramref name="key"/>
    /// (actor × issue). A position already recorded for the mover is replaced by Decide's <c>update_updates</c>
    /// rule: keep whichever of the two is nearer the mover's round start.
    /// </summary>
    /// <returns>Whether the position was added at the end of the cell's list (else it replaced the mover's entry).</returns>
    public bool Record(int key, int mover, double moverStart, double voting)
    {
        for (var e = Has(key, mover) ? _head[key] : -1; e >= 0; e = _entries[e].Next)
        {
            ref var entry = ref _entries[e];
            if (entry.Actor != mover) continue;
            var existing = entry.Position;
            entry.Position = moverStart <= existing
                ? (existing < voting ? existing : voting)
                : (existing > voting ? existing : voting);
            return false;
        }
        if (_count == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
        var added = _count++;
        _entries[added] = new Entry { Actor = mover, Position = voting, Next = -1 };
        if (_tail[key] < 0) _head[key] = added;
        else _entries[_tail[key]].Next = added;
        _tail[key] = added;
        _recorded[key * _words + (mover >> 6)] |= 1UL << mover;
        return true;
    }

    /// <summary>First entry recorded for the demander cell, or −1.</summary>
    public int First(int key) => _head[key];

    /// <summary>The entry after <paramref name="entry"/>, or −1.</summary>
    public int Next(int entry) => _entries[entry].Next;

    public int ActorOf(int entry) => _entries[entry].Actor;

    public double PositionOf(int entry) => _entries[entry].Position;

    private struct Entry
    {
        public int Actor;
        public double Position;
        public int Next;
    }
}
