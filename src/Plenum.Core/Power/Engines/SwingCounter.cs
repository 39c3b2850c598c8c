using System.Runtime.CompilerServices;
using System.Numerics;

namespace Plenum.Core.Power.Engines;

/// <summary>Exact swing counts per player, by size of the coalition the player joins when sizes are tracked.</summary>
/// <param name="Swings">[player][size] (or [player][0] without sizes): coalitions S ∌ i that lose while S ∪ {i} wins.</param>
/// <param name="Winning">The number of winning coalitions.</param>
internal sealed record SwingCounts(BigInteger[][] Swings, BigInteger Winning);

/// <summary>
/// Counts swings by the generating-function method over layer sums (Brams–Affuso, Mann–Shapley), with
/// "removal of one player" by polynomial division (Uno 2012; Kurz 2016) instead of one product per player:
/// one forward product F = Π(1 + Xˢⁱ), then per distinct player G = F / (1 + Xˢⁱ), whose cells at losing states
/// that the player turns into winning ones are the swings. All arithmetic is exact in residue lanes.
/// </summary>
internal static class SwingCounter
{
    private const long RingBudgetCells = 1L << 20; // 8 MB of rings per batch of players
    private const int MaxBatch = 32;

    /// <summary>Cell operations (per lane) and bytes of table the count needs.</summary>
    public static (double Work, double Bytes) Cost(GameRule rule, bool bySize)
    {
        var layout = StateLayout.For(rule, bySize);
        var distinct = Signatures(rule).Count;
        var lanes = ModularLanes.LanesFor(rule.PlayerCount + 1);
        var cells = (double)layout.Cells;
        return ((rule.PlayerCount + distinct) * cells * lanes, cells * 8 * Math.Min(lanes, Environment.ProcessorCount));
    }

    public static SwingCounts Count(GameRule rule, bool bySize)
    {
        var layout = StateLayout.For(rule, bySize);
        var win = layout.WinningStates();
        var groups = Signatures(rule);
        var n = rule.PlayerCount;
        var lanes = ModularLanes.LanesFor(n + 1);
        var swingRows = SwingRows(layout, win, groups);
        var swings = new ulong[lanes][][];
        var losing = new ulong[lanes];
        var parallel = layout.Cells * (double)(n + groups.Count) >= WorkSplitter.SmallWork;
        WorkSplitter.For(lanes, parallel, lane =>
        {
            var result = lane == 0
                ? RunLane(new WrapLane(), layout, win, groups, swingRows, parallel)
                : RunLane(new PrimeLane(ModularLanes.Modulus(lane)), layout, win, groups, swingRows, parallel);
            swings[lane] = result.Swings;
            losing[lane] = result.Losing;
        });

        var crt = new ModularLanes.Recombiner(lanes);
        Span<ulong> residues = stackalloc ulong[lanes];
        var byPlayer = new BigInteger[n][];
        for (var g = 0; g < groups.Count; g++)
        {
            var counts = new BigInteger[layout.RowLength];
            for (var s = 0; s < counts.Length; s++)
            {
                for (var lane = 0; lane < lanes; lane++) residues[lane] = swings[lane][g][s];
                counts[s] = crt.Combine(residues);
            }
            foreach (var player in groups[g]) byPlayer[player] = counts;
        }
        for (var lane = 0; lane < lanes; lane++) residues[lane] = losing[lane];
        var winning = (BigInteger.One << n) - crt.Combine(residues);
        return new SwingCounts(byPlayer, winning);
    }

    /// <summary>Players grouped by identical weights in every layer: they have identical counts.</summary>
    internal static List<int[]> Signatures(GameRule rule) =>
        Enumerable.Range(0, rule.PlayerCount)
            .GroupBy(i => string.Join(",", rule.Layers.Select(l => l.IntegerWeights![i])))
            .Select(g => g.ToArray())
            .ToList();

    /// <summary>
    /// For each group, the ranges of rule states where its representative swings: losing states that the
    /// player's weights carry into winning ones. For one cut layer that is just the last wᵢ states below the quota.
    /// </summary>
    private static List<(long From, long To)>[] SwingRows(StateLayout layout, bool[] win, List<int[]> groups)
    {
        var result = new List<(long, long)>[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var player = groups[g][0];
            var ranges = new List<(long, long)>();
            if (layout.Rule.IsSingleLayer && layout.Truncated == 0)
            {
                ranges.Add((Math.Max(0, layout.RuleStates - layout.RuleShifts[player]), layout.RuleStates));
            }
            else
            {
                var start = -1L;
                for (long r = 0; r <= layout.RuleStates; r++)
                {
                    var swing = r < layout.RuleStates && !win[r] &&
                        (layout.CrossesCut(r, player) || (r + layout.RuleShifts[player] < layout.RuleStates && win[r + layout.RuleShifts[player]]));
                    if (swing && start < 0) start = r;
                    if (!swing && start >= 0)
                    {
                        ranges.Add((start, r));
                        start = -1;
                    }
                }
            }
            result[g] = ranges;
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ulong[][] Swings, ulong Losing) RunLane<T>(T arith, StateLayout layout, bool[] win, List<int[]> groups,
        List<(long From, long To)>[] swingRows, bool parallel)
        where T : struct, ILaneArithmetic
    {
        var rowLength = layout.RowLength;
        var f = new ulong[layout.Cells];
        f[0] = 1;
        var chunk = ChunkCells(rowLength);
        var players = Enumerable.Range(0, layout.Rule.PlayerCount).ToArray();
        foreach (var batch in Batches(players, p => layout.CellShift(p), layout.Cells))
        {
            var rings = batch.Select(p => new ulong[Math.Min(layout.CellShift(p), layout.Cells)]).ToArray();
            var positions = new int[batch.Length];
            for (long start = 0; start < f.LongLength; start += chunk)
            {
                var span = f.AsSpan((int)start, (int)Math.Min(chunk, f.LongLength - start));
                for (var b = 0; b < batch.Length; b++)
                    if (layout.CellShift(batch[b]) < layout.Cells)
                        RingFilters.Multiply(arith, span, rings[b], ref positions[b]);
            }
        }

        var losing = 0UL;
        for (long r = 0; r < layout.RuleStates; r++)
        {
            if (win[r]) continue;
            for (var s = 0; s < rowLength; s++) losing = arith.Add(losing, f[r * rowLength + s]);
        }

        var swings = new ulong[groups.Count][];
        if (layout.Rule.IsSingleLayer && layout.Truncated == 0 && rowLength == 1)
        {
            // One weighted game without sizes: the window sum of F/(1 + xʷ) is an alternating sum of prefix sums.
            var prefix = new ulong[f.Length + 1];
            for (var k = 0; k < f.Length; k++) prefix[k + 1] = arith.Add(prefix[k], f[k]);
            for (var g = 0; g < groups.Count; g++)
            {
                var w = layout.RuleShifts[groups[g][0]];
                var sum = 0UL;
                for (long j = 0, upper = f.Length; upper > 0; j++, upper -= w)
                {
                    var part = arith.Sub(prefix[upper], prefix[Math.Max(0, upper - w)]);
                    sum = (j & 1) == 0 ? arith.Add(sum, part) : arith.Sub(sum, part);
                }
                swings[g] = [sum];
            }
            return (swings, losing);
        }
        var representatives = Enumerable.Range(0, groups.Count).ToArray();
        var divisionBatches = Batches(representatives, g => layout.CellShift(groups[g][0]), layout.Cells).ToList();
        WorkSplitter.For(divisionBatches.Count, parallel, index =>
        {
            var batch = divisionBatches[index];
            var rings = batch.Select(g => new ulong[Math.Min(layout.CellShift(groups[g][0]), layout.Cells)]).ToArray();
            var positions = new int[batch.Length];
            var acc = batch.Select(_ => new ulong[rowLength]).ToArray();
            var g = new ulong[chunk];
            for (long start = 0; start < f.LongLength; start += chunk)
            {
                var length = (int)Math.Min(chunk, f.LongLength - start);
                var source = f.AsSpan((int)start, length);
                var firstRow = start / rowLength;
                for (var b = 0; b < batch.Length; b++)
                {
                    var player = groups[batch[b]][0];
                    RingFilters.Divide(arith, source, g, rings[b], ref positions[b]);
                    var lastRow = firstRow + length / rowLength;
                    foreach (var (from, to) in swingRows[batch[b]])
                    {
                        var lo = Math.Max(from, firstRow);
                        var hi = Math.Min(to, lastRow);
                        for (var r = lo; r < hi; r++)
                            RingFilters.Accumulate(arith, acc[b], g.AsSpan((int)(r - firstRow) * rowLength, rowLength));
                    }
                }
            }
            for (var b = 0; b < batch.Length; b++) swings[batch[b]] = acc[b];
        });
        return (swings, losing);
    }

    /// <summary>Whole rows, about 32 KB per chunk so a chunk stays in the first-level cache while every player of a batch passes over it.</summary>
    private static int ChunkCells(int rowLength) => rowLength * Math.Max(1, 4096 / rowLength);

    private static IEnumerable<int[]> Batches(int[] items, Func<int, long> ringCells, long cells)
    {
        var batch = new List<int>();
        var used = 0L;
        foreach (var item in items)
        {
            var size = Math.Min(ringCells(item), cells);
            if (batch.Count > 0 && (used + size > RingBudgetCells || batch.Count == MaxBatch))
            {
                yield return batch.ToArray();
                batch.Clear();
                used = 0;
            }
            batch.Add(item);
            used += size;
        }
        if (batch.Count > 0) yield return batch.ToArray();
    }
}
