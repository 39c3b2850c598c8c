using System.Runtime.CompilerServices;
using System.Numerics;

namespace Plenum.Core.Power.Engines;

/// <summary>
/// Swing counts through a quasi-ordered binary decision diagram (Bolus 2011): players are decided one per level,
/// a node is the residual game on the players still to come, and two residual quotas of a layer are merged when
/// no subset of the remaining players' weights lies between them. Population-weighted compound rules such as
/// the EU Council's collapse to a few thousand nodes although their weights are in the millions, where a table
/// indexed by weight would be hopeless. Counts stay exact in 64-bit integers, so at most 63 players.
/// </summary>
internal static class DecisionDiagramCounter
{
    private const int MaxSumsPerLevel = 1 << 16;

    /// <summary>The counts, or null when the diagram outgrows <paramref name="maxNodes"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoalitionCounts? Count(GameRule rule, bool bySize, long maxNodes)
    {
        var n = rule.PlayerCount;
        if (n > 63) return null;
        var order = PlayerOrder(rule);
        var weights = rule.Layers.Select(l => order.Select(p => l.Weights[p]).ToArray()).ToArray();
        var sums = SuffixSums(weights, n);
        var levels = Build(rule, weights, sums, maxNodes);
        if (levels is null) return null;

        // Winning completions of each node by number of players added (bottom-up).
        var below = new ulong[n + 1][][];
        below[n] = levels[n].Select(node => new[] { node.Wins ? 1UL : 0UL }).ToArray();
        for (var i = n - 1; i >= 0; i--)
        {
            var width = n - i + 1;
            below[i] = levels[i].Select(node =>
            {
                var w = new ulong[width];
                var lo = below[i + 1][node.Lo];
                var hi = below[i + 1][node.Hi];
                for (var t = 0; t < lo.Length; t++) w[t] += lo[t];
                for (var t = 0; t < hi.Length; t++) w[t + 1] += hi[t];
                return w;
            }).ToArray();
        }

        // Paths from the root by number of players taken (top-down), and swings at each node.
        var swings = new BigInteger[n][];
        var above = new[] { new[] { 1UL } };
        for (var i = 0; i < n; i++)
        {
            var bySizeCount = new ulong[n];
            var next = levels[i + 1].Select(_ => new ulong[i + 2]).ToArray();
            for (var v = 0; v < levels[i].Count; v++)
            {
                var node = levels[i][v];
                var top = above[v];
                var lo = below[i + 1][node.Lo];
                var hi = below[i + 1][node.Hi];
                for (var s = 0; s < top.Length; s++)
                {
                    if (top[s] == 0) continue;
                    next[node.Lo][s] += top[s];
                    next[node.Hi][s + 1] += top[s];
                    for (var t = 0; t < hi.Length; t++)
                    {
                        var diff = hi[t] - lo[t];
                        if (diff != 0) bySizeCount[s + t] += top[s] * diff;
                    }
                }
            }
            above = next;
            swings[order[i]] = bySize ? bySizeCount.Select(c => (BigInteger)c).ToArray() : [bySizeCount.Aggregate(BigInteger.Zero, (a, c) => a + c)];
        }
        var winning = below[0][0].Aggregate(BigInteger.Zero, (a, c) => a + c);
        return new CoalitionCounts { PlayerCount = n, Swings = swings, Winning = winning };
    }

    /// <summary>Heaviest first in the layer with the widest spread of weights, which keeps diagrams small.</summary>
    private static int[] PlayerOrder(GameRule rule)
    {
        var layer = rule.Layers.OrderByDescending(l => l.Weights.Distinct().Count()).First();
        return Enumerable.Range(0, rule.PlayerCount).OrderByDescending(p => layer.Weights[p]).ThenBy(p => p).ToArray();
    }

    /// <summary>[layer][level]: sorted distinct subset sums of the players from that level on, or null when too many.</summary>
    private static double[]?[][] SuffixSums(double[][] weights, int n)
    {
        var result = new double[]?[weights.Length][];
        for (var l = 0; l < weights.Length; l++)
        {
            result[l] = new double[]?[n + 1];
            result[l][n] = [0.0];
            for (var i = n - 1; i >= 0; i--)
            {
                var previous = result[l][i + 1];
                if (previous is null) break;
                var merged = previous.Concat(previous.Select(s => s + weights[l][i])).Distinct().Order().ToArray();
                if (merged.Length > MaxSumsPerLevel) break;
                result[l][i] = merged;
            }
        }
        return result;
    }

    private sealed record Node(double[] Residual, int Lo, int Hi, bool Wins);

    private static List<Node>[]? Build(GameRule rule, double[][] weights, double[]?[][] sums, long maxNodes)
    {
        var n = rule.PlayerCount;
        var layers = weights.Length;
        var remaining = new double[layers][];
        for (var l = 0; l < layers; l++)
        {
            remaining[l] = new double[n + 1];
            for (var i = n - 1; i >= 0; i--) remaining[l][i] = remaining[l][i + 1] + weights[l][i];
        }

        var residuals = new List<double[]>[n + 1];
        var index = new Dictionary<long[], int>[n + 1];
        for (var i = 0; i <= n; i++)
        {
            residuals[i] = [];
            index[i] = new Dictionary<long[], int>(KeyComparer.Instance);
        }
        var root = rule.Layers.Select(l => l.Threshold).ToArray();
        Intern(0, root);
        var children = new List<(int Lo, int Hi)>[n];
        var total = 1L;
        for (var i = 0; i < n; i++)
        {
            children[i] = new List<(int, int)>(residuals[i].Count);
            foreach (var r in residuals[i])
            {
                var hi = new double[layers];
                for (var l = 0; l < layers; l++) hi[l] = r[l] - weights[l][i];
                var before = residuals[i + 1].Count;
                children[i].Add((Intern(i + 1, r), Intern(i + 1, hi)));
                total += residuals[i + 1].Count - before;
                if (total > maxNodes) return null;
            }
        }

        var met = new bool[layers];
        var levels = new List<Node>[n + 1];
        levels[n] = residuals[n].Select(r =>
        {
            for (var l = 0; l < layers; l++) met[l] = r[l] <= 0;
            return new Node(r, 0, 0, rule.Root.Evaluate(met));
        }).ToList();
        for (var i = 0; i < n; i++)
            levels[i] = residuals[i].Select((r, k) => new Node(r, children[i][k].Lo, children[i][k].Hi, false)).ToList();
        return levels;

        int Intern(int level, double[] residual)
        {
            var key = new long[layers];
            for (var l = 0; l < layers; l++) key[l] = ClassOf(residual[l], sums[l][level], remaining[l][level]);
            if (index[level].TryGetValue(key, out var id)) return id;
            id = residuals[level].Count;
            index[level][key] = id;
            residuals[level].Add(residual);
            return id;
        }
    }

    /// <summary>
    /// Residual quotas with the same class are interchangeable for the remaining players: met already, out of
    /// reach, or (with the subset sums known) the index of the first reachable sum that meets them.
    /// </summary>
    private static long ClassOf(double residual, double[]? sums, double remaining)
    {
        if (residual <= 0) return long.MinValue;
        if (residual > remaining) return long.MaxValue;
        if (sums is null) return BitConverter.DoubleToInt64Bits(residual);
        int lo = 0, hi = sums.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sums[mid] >= residual) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private sealed class KeyComparer : IEqualityComparer<long[]>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(long[]? x, long[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(long[] key)
        {
            var h = new HashCode();
            foreach (var k in key) h.Add(k);
            return h.ToHashCode();
        }
    }
}
