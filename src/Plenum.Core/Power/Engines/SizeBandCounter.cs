using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Plenum.Core.Power.Engines;

/// <summary>
/// Shapley–Shubik swing counts of one weighted game by (weight, size), touching only the cells that can be
/// non-zero: a coalition of weight k has between smin(k) players (the heaviest first) and smax(k) players (the
/// lightest first), a band that holds about a third of the table for random weights.
/// The forward product runs as a wavefront (a batch of players sweeps the table together, each a fixed number of
/// rows behind the one before), so the table streams from memory once per batch instead of once per player;
/// the divisions run ascending with one ring of wᵢ rows per player, a batch of players per pass.
/// </summary>
internal static class SizeBandCounter
{
    private const int WavefrontRows = 4096;
    private const long RingBudgetCells = 1L << 19;

    public static SwingCounts Count(GameRule rule)
    {
        var n = rule.PlayerCount;
        var weights = rule.Layers[0].IntegerWeights!;
        var quota = (int)rule.Layers[0].IntegerQuota;
        var (low, high) = Bands(weights, quota);
        var groups = SwingCounter.Signatures(rule);
        var lanes = ModularLanes.LanesFor(n + 1);
        var results = new (ulong[][] Swings, ulong Losing)[lanes];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = (double)quota * (n + 1) * (n + groups.Count) < 4e6 ? 1 : -1 };
        Parallel.For(0, lanes, parallel, lane =>
        {
            results[lane] = lane == 0
                ? RunLane(new WrapLane(), weights, quota, low, high, groups, parallel)
                : RunLane(new PrimeLane(ModularLanes.Modulus(lane)), weights, quota, low, high, groups, parallel);
        });
        var crt = new ModularLanes.Recombiner(lanes);
        var residues = new ulong[lanes];
        var byPlayer = new BigInteger[n][];
        for (var g = 0; g < groups.Count; g++)
        {
            var counts = new BigInteger[n + 1];
            for (var s = 0; s <= n; s++)
            {
                for (var lane = 0; lane < lanes; lane++) residues[lane] = results[lane].Swings[g][s];
                counts[s] = crt.Combine(residues);
            }
            foreach (var player in groups[g]) byPlayer[player] = counts;
        }
        for (var lane = 0; lane < lanes; lane++) residues[lane] = results[lane].Losing;
        return new SwingCounts(byPlayer, (BigInteger.One << n) - crt.Combine(residues));
    }

    /// <summary>For each weight k below the quota, the fewest and the most players a coalition of weight exactly k can have.</summary>
    private static (int[] Low, int[] High) Bands(long[] weights, int quota)
    {
        var ascending = weights.Order().ToArray();
        var descending = ascending.Reverse().ToArray();
        var low = new int[quota];
        var high = new int[quota];
        int mLow = 0, mHigh = 0;
        long sumHeavy = 0, sumLight = 0;
        for (var k = 0; k < quota; k++)
        {
            while (mLow < descending.Length && sumHeavy < k) sumHeavy += descending[mLow++];
            while (mHigh < ascending.Length && sumLight + ascending[mHigh] <= k) sumLight += ascending[mHigh++];
            low[k] = mLow;
            high[k] = mHigh;
        }
        return (low, high);
    }

    private static (ulong[][] Swings, ulong Losing) RunLane<T>(T arith, long[] weights, int quota, int[] low, int[] high,
        List<int[]> groups, ParallelOptions parallel) where T : struct, ILaneArithmetic
    {
        var n = weights.Length;
        var row = n + 1;
        var f = new ulong[(long)quota * row];
        f[0] = 1;
        Forward(arith, f, weights, quota, low, high, row);

        var losing = 0UL;
        for (var k = 0; k < quota; k++)
            for (var s = low[k]; s <= high[k]; s++) losing = arith.Add(losing, f[(long)k * row + s]);

        var swings = new ulong[groups.Count][];
        var batches = new List<int[]>();
        var current = new List<int>();
        var used = 0L;
        foreach (var g in Enumerable.Range(0, groups.Count).OrderBy(g => weights[groups[g][0]]))
        {
            var cells = Math.Min(weights[groups[g][0]], quota) * (long)row;
            if (current.Count > 0 && used + cells > RingBudgetCells)
            {
                batches.Add(current.ToArray());
                current.Clear();
                used = 0;
            }
            current.Add(g);
            used += cells;
        }
        if (current.Count > 0) batches.Add(current.ToArray());
        Parallel.ForEach(batches, parallel, batch =>
        {
            var acc = Divide(arith, f, batch.Select(g => (int)Math.Min(weights[groups[g][0]], quota)).ToArray(), quota, low, high, row);
            for (var b = 0; b < batch.Length; b++) swings[batch[b]] = acc[b];
        });
        return (swings, losing);
    }

    /// <summary>
    /// F ← F·Π(1 + y·x^w) in place. A batch sweeps k downwards; player b works D_b = w₂ + … + w_b rows above the
    /// first, so the rows it reads (k and k − w_b) already hold the previous player's output and not yet its own.
    /// </summary>
    private static void Forward<T>(T arith, ulong[] f, long[] weights, int quota, int[] low, int[] high, int row)
        where T : struct, ILaneArithmetic
    {
        var start = 0;
        while (start < weights.Length)
        {
            var end = start + 1;
            var span = 0L;
            while (end < weights.Length && span + weights[end] <= WavefrontRows) span += weights[end++];
            var offsets = new long[end - start];
            for (var b = 1; b < offsets.Length; b++) offsets[b] = offsets[b - 1] + weights[start + b];
            for (long t = quota - 1; t >= -offsets[^1]; t--)
            {
                for (var b = 0; b < offsets.Length; b++)
                {
                    var x = t + offsets[b];
                    var w = weights[start + b];
                    if (x >= quota || x < w) continue;
                    var source = x - w;
                    var lo = Math.Max(low[x], low[source] + 1);
                    var hi = Math.Min(high[x], high[source] + 1);
                    if (lo > hi) continue;
                    RingFilters.Accumulate(arith, f.AsSpan((int)(x * row + lo), hi - lo + 1), f.AsSpan((int)(source * row + lo - 1), hi - lo + 1));
                }
            }
            start = end;
        }
    }

    /// <summary>
    /// G = F/(1 + y·x^w) for a batch of players, ascending in k: g[k][s] = f[k][s] − g[k−w][s−1], the ring row
    /// k mod w holding g[k−w] and kept zero outside its band. Swings are g in the last w rows below the quota.
    /// </summary>
    private static ulong[][] Divide<T>(T arith, ulong[] f, int[] shifts, int quota, int[] low, int[] high, int row)
        where T : struct, ILaneArithmetic
    {
        var rings = shifts.Select(w => new ulong[(long)w * row]).ToArray();
        var bandLow = shifts.Select(w => Enumerable.Repeat(0, w).ToArray()).ToArray();
        var bandHigh = shifts.Select(w => Enumerable.Repeat(-1, w).ToArray()).ToArray();
        var acc = shifts.Select(_ => new ulong[row]).ToArray();
        var slots = new int[shifts.Length];
        for (var k = 0; k < quota; k++)
        {
            var lo = low[k];
            var hi = high[k];
            var fr = f.AsSpan((int)((long)k * row), row);
            for (var b = 0; b < shifts.Length; b++)
            {
                var slot = slots[b];
                var ring = rings[b].AsSpan(slot * row, row);
                DivideRow(arith, fr, ring, lo, hi);
                var oldLo = bandLow[b][slot];
                var oldHi = bandHigh[b][slot];
                Clear(ring, oldLo, Math.Min(oldHi, lo - 1));
                Clear(ring, Math.Max(oldLo, hi + 1), oldHi);
                bandLow[b][slot] = lo;
                bandHigh[b][slot] = hi;
                if (k >= quota - shifts[b] && lo <= hi)
                    RingFilters.Accumulate(arith, acc[b].AsSpan(lo, hi - lo + 1), ring.Slice(lo, hi - lo + 1));
                slots[b] = slot + 1 == shifts[b] ? 0 : slot + 1;
            }
        }
        return acc;
    }

    private static void Clear(Span<ulong> row, int from, int to)
    {
        if (to >= from) row.Slice(from, to - from + 1).Clear();
    }

    /// <summary>ring[s] ← f[s] − ring[s−1] for s in [lo, hi], descending so each step reads the old ring[s−1].</summary>
    private static void DivideRow<T>(T arith, Span<ulong> f, Span<ulong> ring, int lo, int hi) where T : struct, ILaneArithmetic
    {
        var width = Vector<ulong>.Count;
        ref var fr = ref MemoryMarshal.GetReference(f);
        ref var rr = ref MemoryMarshal.GetReference(ring);
        var s = hi;
        var first = Math.Max(lo, 1);
        for (; s - width + 1 >= first; s -= width)
        {
            var at = (nuint)(s - width + 1);
            arith.Sub(Vector.LoadUnsafe(ref fr, at), Vector.LoadUnsafe(ref rr, at - 1)).StoreUnsafe(ref rr, at);
        }
        for (; s >= first; s--) Unsafe.Add(ref rr, s) = arith.Sub(Unsafe.Add(ref fr, s), Unsafe.Add(ref rr, s - 1));
        if (lo == 0 && hi >= 0) rr = fr;
    }
}
