using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Plenum.Core.Power.Engines;

/// <summary>
/// Shapley–Shubik swing counts of one weighted game by (weight, size), touching only the cells that can be
/// non-zero: a coalition of weight k has between smin(k) players (the heaviest first) and smax(k) players (the
/// lightest first), a band that holds about a third of the table for random weights.
/// The forward product runs as a wavefront (a batch of players sweeps the table together, each a fixed number of
/// rows behind the one before), so the table streams from memory once per batch instead of once per player.
/// Removing a player then costs only q/wᵢ rows, by an alternating sum over prefix sums (see WindowSwings).
/// </summary>
internal static class SizeBandCounter
{
    private const int WavefrontRows = 4096;

    public static SwingCounts Count(GameRule rule)
    {
        var n = rule.PlayerCount;
        var weights = rule.Layers[0].IntegerWeights!;
        var quota = (int)rule.Layers[0].IntegerQuota;
        var (low, high) = Bands(weights, quota);
        var groups = SwingCounter.Signatures(rule);
        var lanes = ModularLanes.LanesFor(n + 1);
        var results = new (ulong[][] Swings, ulong Losing)[lanes];
        var parallel = (double)quota * (n + 1) * (n + groups.Count) >= WorkSplitter.SmallWork;
        WorkSplitter.For(lanes, parallel, lane =>
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ulong[][] Swings, ulong Losing) RunLane<T>(T arith, long[] weights, int quota, int[] low, int[] high,
        List<int[]> groups, bool parallel) where T : struct, ILaneArithmetic
    {
        var n = weights.Length;
        var row = n + 1;
        var f = new ulong[(long)quota * row];
        f[0] = 1;
        Forward(arith, f, weights, quota, low, high, row);

        var losing = 0UL;
        for (var k = 0; k < quota; k++)
            for (var s = low[k]; s <= high[k]; s++) losing = arith.Add(losing, f[(long)k * row + s]);

        // Rows become prefix sums P[k+1] = Σ_{k' ≤ k} f[k'] (their non-zero sizes run from 0 to high[k]).
        for (var k = 1; k < quota; k++)
            RingFilters.Accumulate(arith, f.AsSpan(k * row, high[k - 1] + 1), f.AsSpan((k - 1) * row, high[k - 1] + 1));
        var swings = new ulong[groups.Count][];
        WorkSplitter.For(groups.Count, parallel, g =>
            swings[g] = WindowSwings(arith, f, (int)Math.Min(weights[groups[g][0]], quota), quota, high, row));
        return (swings, losing);
    }

    /// <summary>
    /// F ← F·Π(1 + y·x^w) in place. A batch sweeps k downwards; player b works D_b = w₂ + … + w_b rows above the
    /// first, so the rows it reads (k and k − w_b) already hold the previous player's output and not yet its own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Forward<T>(T arith, ulong[] f, long[] playerWeights, int quota, int[] low, int[] high, int row)
        where T : struct, ILaneArithmetic
    {
        // Lightest first: the first products only reach small weights and sizes, so their passes are short.
        var weights = playerWeights.Order().ToArray();
        ref var table = ref MemoryMarshal.GetArrayDataReference(f);
        var reach = new long[weights.Length];
        for (var p = 0; p < weights.Length; p++) reach[p] = (p > 0 ? reach[p - 1] : 0) + weights[p];
        var start = 0;
        while (start < weights.Length)
        {
            var end = start + 1;
            var span = 0L;
            while (end < weights.Length && span + weights[end] <= WavefrontRows) span += weights[end++];
            var offsets = new long[end - start];
            for (var b = 1; b < offsets.Length; b++) offsets[b] = offsets[b - 1] + weights[start + b];
            for (var t = Math.Min(quota - 1, reach[end - 1]); t >= -offsets[^1]; t--)
            {
                for (var b = 0; b < offsets.Length; b++)
                {
                    var p = start + b;
                    var x = t + offsets[b];
                    var w = weights[p];
                    if (x >= quota || x < w || x > reach[p]) continue;
                    var source = x - w;
                    var lo = Math.Max(low[x], low[source] + 1);
                    var hi = Math.Min(Math.Min(high[x], high[source] + 1), p + 1);
                    if (lo > hi) continue;
                    AddShifted(arith, ref Unsafe.Add(ref table, (nint)(x * row + lo)), ref Unsafe.Add(ref table, (nint)(source * row + lo - 1)), hi - lo + 1);
                }
            }
            start = end;
        }
    }

    /// <summary>target[k] += source[k] for k below count; the hot loop of the forward product, kept inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddShifted<T>(T arith, ref ulong target, ref ulong source, int count) where T : struct, ILaneArithmetic
    {
        var width = Vector<ulong>.Count;
        var k = 0;
        for (; k + width <= count; k += width)
            arith.Add(Vector.LoadUnsafe(ref target, (nuint)k), Vector.LoadUnsafe(ref source, (nuint)k)).StoreUnsafe(ref target, (nuint)k);
        for (; k < count; k++) Unsafe.Add(ref target, k) = arith.Add(Unsafe.Add(ref target, k), Unsafe.Add(ref source, k));
    }

    /// <summary>
    /// The swings of a player of weight w by size, without dividing the whole table:
    /// G = F/(1 + y·xʷ) = Σⱼ (−y·xʷ)ʲ F, so the sum of G over the window [q − w, q) is
    /// Σⱼ (−1)ʲ (P[q − jw] − P[q − (j+1)w]) shifted by j sizes, with P the prefix sums of F over weight.
    /// That is q/w rows per player instead of q (Kurz's "relevant range" idea in closed form).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong[] WindowSwings<T>(T arith, ulong[] prefix, int w, int quota, int[] high, int row) where T : struct, ILaneArithmetic
    {
        var acc = new ulong[row];
        for (var j = 0; j < row && quota - (long)j * w > 0; j++)
        {
            var upper = quota - j * w;
            var lower = Math.Max(0, upper - w);
            AddRow(upper, (j & 1) == 0);
            if (lower > 0) AddRow(lower, (j & 1) != 0);

            void AddRow(int boundary, bool add)
            {
                // P[boundary] is stored in row boundary − 1; its sizes run to high[boundary − 1].
                var length = Math.Min(row - j, high[boundary - 1] + 1);
                var source = prefix.AsSpan((boundary - 1) * row, length);
                var target = acc.AsSpan(j, length);
                if (add) RingFilters.Accumulate(arith, target, source);
                else RingFilters.Deduct(arith, target, source);
            }
        }
        return acc;
    }

}
