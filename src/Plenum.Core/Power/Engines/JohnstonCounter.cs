using System.Runtime.CompilerServices;
using System.Numerics;

namespace Plenum.Core.Power.Engines;

/// <summary>
/// Johnston counts of one weighted game without listing coalitions. In a winning coalition of weight q + e the
/// critical members are exactly those heavier than e. With players sorted heaviest first, every e between two
/// consecutive distinct weights w_{h+1} ≤ e &lt; w_h has the same heavy set H (the first h players), so a coalition
/// splits into T ⊆ H (all critical, k = |T|) and U outside H with w(T) + w(U) = q + e. Counting T ∋ i by size
/// (prefix product divided by player i) against the window of U-weights gives, per player and k, the
/// coalitions where i is one of k critical members: O(h·q·n) per distinct weight boundary.
/// </summary>
internal static class JohnstonCounter
{
    public static double Cost(GameRule rule)
    {
        var n = rule.PlayerCount;
        var weights = rule.Layers[0].IntegerWeights!;
        var distinct = weights.Distinct().Count();
        var cells = (double)(rule.Layers[0].IntegerQuota + weights.Max()) * (n + 1);
        return distinct * (double)distinct * cells * 2 * ModularLanes.LanesFor(n + 1);
    }

    /// <summary>[player][k]: winning coalitions with k critical members in which the player is critical.</summary>
    public static BigInteger[][] Count(GameRule rule)
    {
        var n = rule.PlayerCount;
        var layer = rule.Layers[0];
        var order = Enumerable.Range(0, n).OrderByDescending(i => layer.IntegerWeights![i]).ThenBy(i => i).ToArray();
        var weights = order.Select(i => layer.IntegerWeights![i]).ToArray();
        var quota = layer.IntegerQuota;
        var lanes = ModularLanes.LanesFor(n + 1);
        var perLane = new ulong[lanes][][];
        WorkSplitter.For(lanes, Cost(rule) >= WorkSplitter.SmallWork, lane =>
        {
            perLane[lane] = lane == 0
                ? RunLane(new WrapLane(), weights, quota)
                : RunLane(new PrimeLane(ModularLanes.Modulus(lane)), weights, quota);
        });
        var crt = new ModularLanes.Recombiner(lanes);
        var residues = new ulong[lanes];
        var result = new BigInteger[n][];
        for (var position = 0; position < n; position++)
        {
            var row = new BigInteger[n + 1];
            for (var k = 0; k <= n; k++)
            {
                for (var lane = 0; lane < lanes; lane++) residues[lane] = perLane[lane][position][k];
                row[k] = crt.Combine(residues);
            }
            result[order[position]] = row;
        }
        return result;
    }

    /// <summary>Per sorted position, counts by k (number of critical members).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong[][] RunLane<T>(T arith, long[] weights, long quota) where T : struct, ILaneArithmetic
    {
        var n = weights.Length;
        var row = n + 1;
        var top = quota + weights[0];          // coalition weights that matter: below q + w_max
        var length = (int)top;
        var result = Enumerable.Range(0, n).Select(_ => new ulong[row]).ToArray();

        // Suffix products without sizes: suffix[h] = Π_{j ≥ h} (1 + x^{w_j}), truncated below q + w_max.
        var suffix = new ulong[n + 1][];
        suffix[n] = new ulong[length];
        suffix[n][0] = 1;
        for (var h = n - 1; h >= 0; h--)
        {
            var s = (ulong[])suffix[h + 1].Clone();
            for (var x = length - 1; x >= weights[h]; x--) s[x] = arith.Add(s[x], s[x - weights[h]]);
            suffix[h] = s;
        }

        var prefix = new ulong[length * row];     // Π_{j < h} (1 + y·x^{w_j}) with sizes
        prefix[0] = 1;
        var divided = new ulong[length * row];
        for (var h = 1; h <= n; h++)
        {
            Multiply(arith, prefix, weights[h - 1], length, row);
            var eHigh = weights[h - 1];                    // e < w_h (1-based: the lightest heavy player)
            var eLow = h < n ? weights[h] : 0;             // e ≥ w_{h+1}
            if (eLow >= eHigh) continue;
            // window[x] = Σ_{e ∈ [eLow, eHigh)} suffix_h[q + e − x]: ways to add light players to reach q + e.
            var window = new ulong[length];
            var light = suffix[h];
            for (var x = 0; x < length; x++)
            {
                var sum = 0UL;
                for (var e = eLow; e < eHigh; e++)
                {
                    var need = quota + e - x;
                    if (need >= 0 && need < length) sum = arith.Add(sum, light[need]);
                }
                window[x] = sum;
            }
            // Each heavy player i: T = {i} ∪ T' with T' from the other heavy players (prefix divided by i).
            var last = new ulong[row];
            for (var i = 0; i < h; i++)
            {
                if (i > 0 && weights[i] == weights[i - 1])
                {
                    for (var k = 0; k < row; k++) result[i][k] = arith.Add(result[i][k], last[k]);
                    continue;
                }
                var w = (int)weights[i];
                for (var idx = 0; idx < divided.Length; idx++)
                {
                    var back = idx - (w * row + 1);
                    divided[idx] = back >= 0 && idx % row != 0 ? arith.Sub(prefix[idx], divided[back]) : prefix[idx];
                }
                var add = new ulong[row];
                for (var x = w; x < length; x++)
                {
                    var wx = window[x];
                    if (wx == 0) continue;
                    var baseIndex = (x - w) * row;
                    for (var s = 0; s < n; s++)
                    {
                        var t = divided[baseIndex + s];
                        if (t != 0) add[s + 1] = arith.Add(add[s + 1], arith.Mul(t, wx));
                    }
                }
                last = add;
                for (var k = 0; k < row; k++) result[i][k] = arith.Add(result[i][k], add[k]);
            }
        }
        return result;
    }

    /// <summary>Multiply by (1 + y·x^w), truncated to the table.</summary>
    private static void Multiply<T>(T arith, ulong[] table, long weight, int length, int row) where T : struct, ILaneArithmetic
    {
        var shift = (int)weight * row + 1;
        for (var idx = table.Length - 1; idx >= shift; idx--)
            if (idx % row != 0 && table[idx - shift] != 0) table[idx] = arith.Add(table[idx], table[idx - shift]);
    }
}
