using System.Runtime.CompilerServices;
using System.Numerics;

namespace Plenum.Core.Power.Engines;

/// <summary>
/// Counts minimal winning coalitions of one weighted layer, per player and size, without listing them.
/// With players sorted heaviest first, a winning coalition is minimal exactly when dropping its lightest member
/// j makes it lose, so minimal coalitions with lightest member j match the subsets T of the heavier players
/// with q − wⱼ ≤ w(T) &lt; q. For each player i the prefix products without i are grown player by player, so no
/// division is needed: O(n²·q) cells (times n sizes for Deegan–Packel).
/// </summary>
internal static class MinimalWinningCounter
{
    public static double Cost(GameRule rule, bool bySize)
    {
        var n = rule.PlayerCount;
        var q = (double)rule.Layers[0].IntegerQuota;
        return n * (double)n / 2 * q * (bySize ? n + 1 : 1) * ModularLanes.LanesFor(n + 1);
    }

    public static CoalitionCounts Count(GameRule rule, bool bySize, CoalitionCounts swings)
    {
        var n = rule.PlayerCount;
        var layer = rule.Layers[0];
        var order = Enumerable.Range(0, n).OrderByDescending(i => layer.IntegerWeights![i]).ThenBy(i => i).ToArray();
        var weights = order.Select(i => layer.IntegerWeights![i]).ToArray();
        var quota = layer.IntegerQuota;
        var rowLength = bySize ? n + 1 : 1;
        var lanes = ModularLanes.LanesFor(n + 1);
        var perLane = new ulong[lanes][][];
        var totals = new ulong[lanes];
        WorkSplitter.For(lanes, Cost(rule, bySize) >= WorkSplitter.SmallWork, lane =>
        {
            (perLane[lane], totals[lane]) = lane == 0
                ? RunLane(new WrapLane(), weights, quota, rowLength)
                : RunLane(new PrimeLane(ModularLanes.Modulus(lane)), weights, quota, rowLength);
        });
        var crt = new ModularLanes.Recombiner(lanes);
        var residues = new ulong[lanes];
        var bySizeTable = new BigInteger[n][];
        for (var position = 0; position < n; position++)
        {
            var row = new BigInteger[n + 1];
            for (var s = 0; s < rowLength; s++)
            {
                for (var lane = 0; lane < lanes; lane++) residues[lane] = perLane[lane][position][s];
                row[bySize ? s : 1] = crt.Combine(residues);
            }
            bySizeTable[order[position]] = row;
        }
        for (var lane = 0; lane < lanes; lane++) residues[lane] = totals[lane];
        return new CoalitionCounts
        {
            PlayerCount = n,
            Swings = swings.Swings,
            Winning = swings.Winning,
            MinimalWinning = crt.Combine(residues),
            MinimalBySize = bySizeTable,
            CriticalByCount = swings.CriticalByCount,
        };
    }

    /// <summary>Per sorted position: minimal winning coalitions containing it, by size (or in column 0); plus their total.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ulong[][] PerPosition, ulong Total) RunLane<T>(T arith, long[] weights, long quota, int rowLength)
        where T : struct, ILaneArithmetic
    {
        var n = weights.Length;
        var sized = rowLength > 1;
        var cells = (int)quota * rowLength;
        var prefix = new ulong[cells];
        prefix[0] = 1;
        var result = Enumerable.Range(0, n).Select(_ => new ulong[rowLength]).ToArray();
        var total = 0UL;
        var work = new ulong[cells];
        for (var i = 0; i < n; i++)
        {
            // Minimal coalitions whose lightest member is i: T from the heavier players, q − wᵢ ≤ w(T) < q.
            for (var k = Math.Max(0, quota - weights[i]); k < quota; k++)
                for (var s = 0; s < rowLength; s++)
                {
                    var v = prefix[k * rowLength + s];
                    if (v == 0) continue;
                    total = arith.Add(total, v);
                    var size = sized ? s + 1 : 0;
                    if (size < rowLength) result[i][size] = arith.Add(result[i][size], v);
                }
            // i as a heavier member of coalitions whose lightest member is j > i.
            prefix.AsSpan().CopyTo(work);
            for (var j = i + 1; j < n; j++)
            {
                if (j > i + 1) Multiply(arith, work, weights[j - 1], rowLength);
                var from = Math.Max(0, quota - weights[j] - weights[i]);
                var to = quota - weights[i];
                for (var k = from; k < to; k++)
                    for (var s = 0; s < rowLength; s++)
                    {
                        var v = work[k * rowLength + s];
                        if (v == 0) continue;
                        var size = sized ? s + 2 : 0;
                        if (size < rowLength) result[i][size] = arith.Add(result[i][size], v);
                    }
            }
            Multiply(arith, prefix, weights[i], rowLength);
        }
        return (result, total);
    }

    /// <summary>Multiply by (1 + y·x^w), truncated below the quota.</summary>
    private static void Multiply<T>(T arith, ulong[] table, long weight, int rowLength) where T : struct, ILaneArithmetic
    {
        var shift = (int)weight * rowLength + (rowLength > 1 ? 1 : 0);
        for (var idx = table.Length - 1 - shift; idx >= 0; idx--)
            if (table[idx] != 0) table[idx + shift] = arith.Add(table[idx + shift], table[idx]);
    }
}
