using System.Runtime.CompilerServices;
using System.Numerics;

namespace Plenum.Core.Power.Engines;

/// <summary>
/// Looks at every coalition, 64 at a time: bit b of word x is the coalition whose low six players are b and the
/// rest x. Each layer's met-mask comes from a binary search over the 64 sorted low sums, the formula is applied
/// bitwise, and a player's critical coalitions are word operations. Works for any rule and any real weights;
/// cost 2ⁿ⁻⁶ words × n players, so it is the exact method of choice for compound games up to about 30 players.
/// </summary>
internal static class CoalitionEnumerator
{
    public static double Cost(int players, bool full) => Math.Pow(2, players - 6 > 0 ? players - 6 : 0) * players * (full ? 24 : 8);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoalitionCounts Count(GameRule rule, bool full, int listLimit)
    {
        var n = rule.PlayerCount;
        if (n > 40) throw new ArgumentOutOfRangeException(nameof(rule), "too many players to enumerate");
        var lowBits = Math.Min(n, 6);
        var patterns = 1 << lowBits;
        var highBits = n - lowBits;
        var words = 1L << highBits;
        var valid = patterns == 64 ? ulong.MaxValue : (1UL << patterns) - 1;
        var winning = WinningWords(rule, lowBits, highBits, valid);

        var bySize = new ulong[lowBits + 1];
        for (var b = 0; b < patterns; b++) bySize[BitOperations.PopCount((uint)b)] |= 1UL << b;
        var hasBit = new ulong[lowBits];
        for (var i = 0; i < lowBits; i++)
            for (var b = 0; b < patterns; b++)
                if ((b >> i & 1) != 0) hasBit[i] |= 1UL << b;

        var total = new Accumulator(n, full);
        var gate = new object();
        var chunk = Math.Max(1L, words / (Environment.ProcessorCount * 8));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = words < 4096 ? 1 : -1 };
        Parallel.For(0, (words + chunk - 1) / chunk, parallel, () => new Accumulator(n, full), (c, _, acc) =>
        {
            var end = Math.Min(words, (c + 1) * chunk);
            Span<ulong> critical = stackalloc ulong[n];
            Span<ulong> planes = stackalloc ulong[6];
            for (var x = c * chunk; x < end; x++)
            {
                var w = winning[x];
                if (w == 0) continue;
                acc.Winning += (ulong)BitOperations.PopCount(w);
                var high = BitOperations.PopCount((ulong)x);
                for (var i = 0; i < n; i++)
                {
                    ulong m;
                    if (i < lowBits) m = w & ~(w << (1 << i)) & hasBit[i];
                    else m = (x >> (i - lowBits) & 1) != 0 ? w & ~winning[x ^ (1L << (i - lowBits))] : 0;
                    critical[i] = m;
                    if (m == 0) continue;
                    for (var s = 0; s <= lowBits; s++)
                    {
                        var k = BitOperations.PopCount(m & bySize[s]);
                        if (k != 0) acc.Swings[i][high + s - 1] += (ulong)k;
                    }
                }
                if (full) acc.AddCritical(critical, planes, w, high, bySize, x << lowBits, listLimit);
            }
            return acc;
        }, acc => { lock (gate) total.Merge(acc, listLimit); });

        return total.ToCounts(full, listLimit);
    }

    /// <summary>The win mask of every word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong[] WinningWords(GameRule rule, int lowBits, int highBits, ulong valid)
    {
        var layers = rule.Layers;
        var patterns = 1 << lowBits;
        var lowSums = new double[layers.Count][];
        var sortedSums = new double[layers.Count][];
        var suffixMasks = new ulong[layers.Count][];
        for (var l = 0; l < layers.Count; l++)
        {
            var sums = new double[patterns];
            for (var b = 0; b < patterns; b++)
                for (var i = 0; i < lowBits; i++)
                    if ((b >> i & 1) != 0) sums[b] += layers[l].Weights[i];
            var order = Enumerable.Range(0, patterns).OrderBy(b => sums[b]).ToArray();
            sortedSums[l] = order.Select(b => sums[b]).ToArray();
            suffixMasks[l] = new ulong[patterns + 1];
            for (var k = patterns - 1; k >= 0; k--) suffixMasks[l][k] = suffixMasks[l][k + 1] | 1UL << order[k];
            lowSums[l] = sums;
        }
        // High sums from two half tables so no 2^(n−6) array per layer is needed.
        var splitBits = highBits / 2;
        var lowTable = HalfSums(rule, lowBits, splitBits);
        var highTable = HalfSums(rule, lowBits + splitBits, highBits - splitBits);
        var words = 1L << highBits;
        var winning = new ulong[words];
        var splitMask = (1L << splitBits) - 1;
        Parallel.For(0, Math.Max(1, words >> 12), block =>
        {
            Span<ulong> masks = stackalloc ulong[layers.Count];
            var end = Math.Min(words, (block + 1) << 12);
            for (var x = block << 12; x < end; x++)
            {
                for (var l = 0; l < layers.Count; l++)
                {
                    var need = layers[l].Threshold - lowTable[l][x & splitMask] - highTable[l][x >> splitBits];
                    masks[l] = suffixMasks[l][LowerBound(sortedSums[l], need)];
                }
                winning[x] = rule.Root.EvaluateMasks(masks) & valid;
            }
        });
        return winning;
    }

    private static double[][] HalfSums(GameRule rule, int firstPlayer, int bits)
    {
        var result = new double[rule.Layers.Count][];
        for (var l = 0; l < rule.Layers.Count; l++)
        {
            var sums = new double[1 << bits];
            for (var y = 1; y < sums.Length; y++)
            {
                var low = BitOperations.TrailingZeroCount(y);
                sums[y] = sums[y & (y - 1)] + rule.Layers[l].Weights[firstPlayer + low];
            }
            result[l] = sums;
        }
        return result;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] >= value) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>Per-thread tallies, merged at the end.</summary>
    private sealed class Accumulator
    {
        private readonly int _n;

        public Accumulator(int n, bool full)
        {
            _n = n;
            Swings = NewTable(n, n);
            if (!full) return;
            MinimalBySize = NewTable(n, n + 1);
            CriticalByCount = NewTable(n, n + 1);
        }

        public ulong[][] Swings { get; }
        public ulong[][]? MinimalBySize { get; }
        public ulong[][]? CriticalByCount { get; }
        public ulong Winning { get; set; }
        public ulong Minimal { get; set; }
        public List<long> Listed { get; } = [];

        /// <summary>Counts critical members per coalition in bit-sliced form, then tallies minimal and vulnerable coalitions.</summary>
        public void AddCritical(ReadOnlySpan<ulong> critical, Span<ulong> planes, ulong w, int high, ulong[] bySize, long firstId, int listLimit)
        {
            planes.Clear();
            foreach (var m in critical)
            {
                var carry = m;
                for (var p = 0; carry != 0 && p < planes.Length; p++)
                {
                    var t = planes[p] & carry;
                    planes[p] ^= carry;
                    carry = t;
                }
            }
            var minimal = 0UL;
            for (var s = 0; s < bySize.Length; s++) minimal |= bySize[s] & Equal(planes, high + s);
            minimal &= w;
            if (minimal != 0)
            {
                Minimal += (ulong)BitOperations.PopCount(minimal);
                for (var bits = minimal; bits != 0 && Listed.Count < listLimit; bits &= bits - 1)
                    Listed.Add(firstId + BitOperations.TrailingZeroCount(bits));
                for (var i = 0; i < _n; i++)
                {
                    var m = critical[i] & minimal;
                    if (m == 0) continue;
                    for (var s = 0; s < bySize.Length; s++)
                    {
                        var k = BitOperations.PopCount(m & bySize[s]);
                        if (k != 0) MinimalBySize![i][high + s] += (ulong)k;
                    }
                }
            }
            var vulnerable = planes[0] | planes[1] | planes[2] | planes[3] | planes[4] | planes[5];
            for (var k = 1; vulnerable != 0 && k <= _n; k++)
            {
                var eq = Equal(planes, k) & w;
                if (eq == 0) continue;
                vulnerable &= ~eq;
                for (var i = 0; i < _n; i++)
                {
                    var c = BitOperations.PopCount(critical[i] & eq);
                    if (c != 0) CriticalByCount![i][k] += (ulong)c;
                }
            }
        }

        public void Merge(Accumulator other, int listLimit)
        {
            Add(Swings, other.Swings);
            if (MinimalBySize is not null) Add(MinimalBySize, other.MinimalBySize!);
            if (CriticalByCount is not null) Add(CriticalByCount, other.CriticalByCount!);
            Winning += other.Winning;
            Minimal += other.Minimal;
            Listed.AddRange(other.Listed);
            Listed.Sort();
            if (Listed.Count > listLimit) Listed.RemoveRange(listLimit, Listed.Count - listLimit);
        }

        public CoalitionCounts ToCounts(bool full, int listLimit) => new()
        {
            PlayerCount = _n,
            Swings = Big(Swings),
            Winning = Winning,
            MinimalWinning = full ? Minimal : null,
            MinimalBySize = MinimalBySize is null ? null : Big(MinimalBySize),
            CriticalByCount = CriticalByCount is null ? null : Big(CriticalByCount),
            MinimalListed = full
                ? Listed.Take(listLimit).Select(id => Enumerable.Range(0, _n).Where(i => (id >> i & 1) != 0).ToArray()).ToList()
                : null,
        };

        private static ulong Equal(ReadOnlySpan<ulong> planes, int k)
        {
            var r = ulong.MaxValue;
            for (var p = 0; p < planes.Length; p++) r &= (k >> p & 1) != 0 ? planes[p] : ~planes[p];
            return (k >> planes.Length) == 0 ? r : 0;
        }

        private static ulong[][] NewTable(int rows, int columns) => Enumerable.Range(0, rows).Select(_ => new ulong[columns]).ToArray();

        private static void Add(ulong[][] into, ulong[][] from)
        {
            for (var i = 0; i < into.Length; i++)
                for (var j = 0; j < into[i].Length; j++) into[i][j] += from[i][j];
        }

        private static BigInteger[][] Big(ulong[][] table) => table.Select(r => r.Select(v => (BigInteger)v).ToArray()).ToArray();
    }
}
