namespace Plenum.Core.Models.Bdm;

/// <summary>
/// The voters of one round sorted by position and grouped into slots, the distinct positions: what pass 1
/// (<see cref="LinearSupport"/>) and pass 2 (<see cref="SupportMatrix"/>) both start from, so a round sorts once.
/// </summary>
/// <remarks>
/// The sort is <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[])"/> of the positions with the identity
/// permutation, the same call both passes made on their own before, so every slot, boundary and order is the same
/// to the last bit. A workspace keeps one instance and refills it every round (<see cref="Fill"/>); the arrays are
/// overwritten then, so readers must be done with the previous round.
/// </remarks>
internal sealed class PositionSlots
{
    private readonly ArraysByLength<int> _order = new();
    private readonly ArraysByLength<double> _sorted = new();
    private readonly ArraysByLength<int> _slotOfActor = new();
    private readonly ArraysByLength<double> _distinct = new();
    private readonly ArraysByLength<int> _first = new();
    private readonly ArraysByLength<int> _multiplicity = new();
    private readonly ArraysByLength<int> _start = new();
    private readonly ArraysByLength<int> _members = new();

    /// <summary>For each place in position order, the actor there (ties in the sort's order, not input order).</summary>
    public int[] Order { get; private set; } = [];

    /// <summary>The positions, ascending.</summary>
    public double[] Sorted { get; private set; } = [];

    /// <summary>For each actor, the index of its position in <see cref="Distinct"/>.</summary>
    public int[] SlotOfActor { get; private set; } = [];

    /// <summary>The distinct positions, ascending.</summary>
    public double[] Distinct { get; private set; } = [];

    /// <summary>For each slot, the first place in <see cref="Sorted"/> holding it, then the number of voters: m + 1 entries.</summary>
    public int[] First { get; private set; } = [];

    /// <summary>How many actors hold each distinct position.</summary>
    public int[] Multiplicity { get; private set; } = [];

    /// <summary>For each slot, where its actors begin in <see cref="Members"/>, then the number of actors: m + 1 entries.</summary>
    public int[] Start { get; private set; } = [];

    /// <summary>The actors grouped by slot, input order within a slot (a stable counting sort).</summary>
    public int[] Members { get; private set; } = [];

    /// <summary>Number of distinct positions.</summary>
    public int Size => Distinct.Length;

    private int[] _nearerRuns = [];
    private bool _nearerRunsFound;

    /// <summary>
    /// For slots p ≠ q, at p·m + q, the boundary of the run of sorted voters strictly nearer y_p than y_q: its end
    /// when q is above p (the run is [0, end)), its start when q is below (the run is [start, n)). Both passes of a
    /// round walked these runs with the same two pointers and the same test; they now read them. Found on the
    /// first call after <see cref="Fill"/>; not thread-safe, so only single-threaded (small) rounds call it.
    /// </summary>
    public int[] NearerRuns()
    {
        if (_nearerRunsFound) return _nearerRuns;
        var m = Size;
        var y = Distinct;
        var first = First;
        if (_nearerRuns.Length < m * m) _nearerRuns = new int[m * m];
        var runs = _nearerRuns;
        // Voters of one slot share its position, so a run ends at a slot boundary: the walk steps slot by slot
        // (testing the slot's position, the same number as each of its voters') instead of voter by voter.
        for (var p = 0; p < m; p++)
        {
            var yp = y[p];
            var above = p + 1;
            for (var q = p + 1; q < m; q++)
            {
                var yq = y[q];
                while (above < m && Nearer(y[above], yp, yq)) above++;
                runs[p * m + q] = first[above];
                // q's run against p starts at the first slot from there on that is strictly nearer y_q (at the latest
                // q itself): between y_p and y_q that nearness, once true, stays true (the two rounded differences
                // move in opposite directions), and the slots below are nearer y_p, so walking down from q would stop
                // at the same slot. Usually no step: only a slot exactly halfway is nearer neither.
                var start = above;
                while (start < q && !Nearer(y[start], yq, yp)) start++;
                runs[q * m + p] = first[start];
            }
        }
        _nearerRunsFound = true;
        return runs;
    }

    /// <summary>Whether a voter at v is strictly nearer to a than to b: the naive sum's test, kept bit for bit.</summary>
    public static bool Nearer(double v, double a, double b) => Math.Abs(v - a) < Math.Abs(v - b);

    /// <summary>The slots of <paramref name="positions"/> in new arrays.</summary>
    public static PositionSlots Of(ReadOnlySpan<double> positions) => new PositionSlots().Fill(positions);

    /// <summary>Sorts <paramref name="positions"/> (already snapped) into this instance's arrays; returns it.</summary>
    public PositionSlots Fill(ReadOnlySpan<double> positions)
    {
        var n = positions.Length;
        _nearerRunsFound = false;
        var order = Order = _order.Of(n);
        var sorted = Sorted = _sorted.Of(n);
        var slotOfActor = SlotOfActor = _slotOfActor.Of(n);
        for (var i = 0; i < n; i++) order[i] = i;
        positions.CopyTo(sorted);
        Array.Sort(sorted, order);
        var m = 0;
        for (var t = 0; t < n; t++)
        {
            if (t == 0 || sorted[t] != sorted[t - 1]) m++;
            slotOfActor[order[t]] = m - 1;
        }
        var distinct = Distinct = _distinct.Of(m);
        var first = First = _first.Of(m + 1);
        for (int t = 0, p = 0; t < n; t++)
        {
            if (t != 0 && sorted[t] == sorted[t - 1]) continue;
            distinct[p] = sorted[t];
            first[p++] = t;
        }
        first[m] = n;
        var multiplicity = Multiplicity = _multiplicity.Of(m);
        for (var p = 0; p < m; p++) multiplicity[p] = first[p + 1] - first[p];
        Group(slotOfActor, m);
        return this;
    }

    /// <summary><see cref="Start"/> and <see cref="Members"/> by a counting sort of the actors on their slots.</summary>
    private void Group(int[] slotOfActor, int m)
    {
        var start = Start = _start.Of(m + 1);
        var members = Members = _members.Of(slotOfActor.Length);
        Array.Clear(start);
        foreach (var s in slotOfActor) start[s + 1]++;
        for (var p = 0; p < m; p++) start[p + 1] += start[p];
        // start[s] is slot s's next free place; each actor advances it.
        for (var i = 0; i < slotOfActor.Length; i++)
        {
            var s = slotOfActor[i];
            members[start[s]++] = i;
        }
        // start[s] now holds the end of slot s, which is the start of slot s + 1: shift back by one.
        for (var p = m; p > 0; p--) start[p] = start[p - 1];
        start[0] = 0;
    }
}
