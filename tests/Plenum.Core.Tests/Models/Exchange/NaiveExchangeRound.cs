using Plenum.Core.Models.Exchange;

namespace Plenum.Core.Tests.Models.Exchange;

/// <summary>
/// Test oracle: Decide's round loop written the plain way — after every execution, recalculate every remaining
/// candidate (untouched ones are left as they are by <c>Recalculate</c>) and scan the whole list for the best
/// gain, ties within the tolerance going to the first created. Quadratic; only for checking
/// <see cref="ExchangeRound"/>'s indexed queue.
/// </summary>
internal static class NaiveExchangeRound
{
    public static List<ExchangeCandidate> Run(ExchangeSpace space, double[] start, ExchangeOptions options)
    {
        var n = space.IssueCount;
        var solver = new ExchangeSolver(space, start, options.Variant);
        var left = new bool[space.ActorCount * n];
        for (var d = 0; d < n; d++)
        {
            var mean = space.Mean(d, start);
            for (var a = 0; a < space.ActorCount; a++) left[a * n + d] = start[a * n + d] <= mean;
        }
        var candidates = new List<ExchangeCandidate>();
        for (var p = 0; p < n; p++)
            for (var q = p + 1; q < n; q++)
            {
                var groups = new[] { new List<int>(), new List<int>(), new List<int>(), new List<int>() };
                for (var a = 0; a < space.ActorCount; a++)
                    if (space.Takes[a * n + p] && space.Takes[a * n + q])
                        groups[(left[a * n + p] ? 1 : 0) | (left[a * n + q] ? 2 : 0)].Add(a);
                foreach (var (g1, g2) in new[] { (0, 3), (1, 2) })
                    foreach (var i0 in groups[g1])
                        foreach (var j0 in groups[g2])
                        {
                            var s = space.Salience;
                            var (i, j) = s[i0 * n + p] / s[i0 * n + q] < s[j0 * n + p] / s[j0 * n + q] ? (j0, i0) : (i0, j0);
                            var c = new ExchangeCandidate
                            {
                                Index = candidates.Count,
                                UpdateSlot = -1,
                                I = new ExchangeSide { Actor = i, Supply = q, Demand = p, Position = start[i * n + q] },
                                J = new ExchangeSide { Actor = j, Supply = p, Demand = q, Position = start[j * n + p] },
                                Rate = (s[i * n + p] + s[j * n + p]) / (s[i * n + q] + s[j * n + q]),
                                InverseRate = (s[i * n + q] + s[j * n + q]) / (s[i * n + p] + s[j * n + p]),
                            };
                            solver.Calculate(ref c);
                            candidates.Add(c);
                        }
            }

        var executed = new List<ExchangeCandidate>();
        var all = candidates.ToArray();
        while (true)
        {
            var best = -1;
            for (var k = 0; k < all.Length; k++)
                if (all[k].Valid && (best < 0 || all[k].Gain > all[best].Gain)) best = k;
            if (best < 0) break;
            for (var k = 0; k < all.Length; k++)
                if (all[k].Valid && all[k].Gain >= all[best].Gain - options.TieTolerance && k < best) best = k;
            all[best].Valid = false;
            all[best].Executed = true;
            var e = all[best];
            executed.Add(e);
            for (var k = 0; k < all.Length; k++)
                if (all[k].Valid) solver.Recalculate(ref all[k], e);
        }
        return executed;
    }
}
