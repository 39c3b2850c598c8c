using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;

namespace Plenum.Core.Tests.Models.Exchange;

/// <summary>
/// Test oracle: Decide's round loop written the plain way with <see cref="ReferenceExchangeSolver"/> — after
/// every execution, recalculate every remaining valid candidate (untouched ones are left as they are by
/// <c>Recalculate</c>) and scan the whole list for the best gain, ties within the tolerance going to the first
/// created. Quadratic, one thread; only for checking <see cref="ExchangeRound"/>.
/// </summary>
internal static class NaiveExchangeRound
{
    public sealed record Outcome(List<ExchangeCandidate> Executed, double[] Voting, double[] NextStart);

    public static Outcome Run(ExchangeSpace space, double[] start, ExchangeOptions options, RandomStream random)
    {
        var n = space.IssueCount;
        var solver = new ReferenceExchangeSolver(space, start, options.Variant);
        var left = new bool[space.ActorCount * n];
        for (var d = 0; d < n; d++)
        {
            var mean = space.Mean(d, start);
            for (var a = 0; a < space.ActorCount; a++) left[a * n + d] = start[a * n + d] <= mean;
        }
        var s = space.Salience;
        var w = space.Weight;
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
                            var (i, j) = s[i0 * n + p] / s[i0 * n + q] < s[j0 * n + p] / s[j0 * n + q] ? (j0, i0) : (i0, j0);
                            var c = new ExchangeCandidate
                            {
                                Index = candidates.Count,
                                I = new ExchangeSide { Actor = i, Supply = q, Demand = p, Position = start[i * n + q] },
                                J = new ExchangeSide { Actor = j, Supply = p, Demand = q, Position = start[j * n + p] },
                            };
                            if (w[i * n + p] > 0 && w[i * n + q] > 0 && w[j * n + p] > 0 && w[j * n + q] > 0)
                            {
                                c.Rate = (s[i * n + p] + s[j * n + p]) / (s[i * n + q] + s[j * n + q]);
                                c.InverseRate = (s[i * n + q] + s[j * n + q]) / (s[i * n + p] + s[j * n + p]);
                                if (options.Variant == ExchangeVariant.RandomizedEqualGain)
                                {
                                    c.U = random.NextDouble();
                                    c.V = random.NextDouble();
                                    c.Z = options.Randomization * random.NextDouble();
                                }
                                else if (options.Variant == ExchangeVariant.RandomRate)
                                {
                                    var low = s[j * n + p] / s[j * n + q];
                                    var high = s[i * n + p] / s[i * n + q];
                                    c.Z = random.NextDouble();
                                    c.Rate = low + c.Z * (high - low);
                                    c.InverseRate = 1.0 / c.Rate;
                                }
                                solver.Calculate(ref c);
                            }
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

        var voting = (double[])start.Clone();
        var next = (double[])start.Clone();
        foreach (var e in executed)
            foreach (var side in new[] { e.I, e.J })
            {
                var k = side.Actor * n + side.Supply;
                var sal = space.Salience[k];
                voting[k] = side.Voting;
                next[k] = (1 - sal) * options.SalienceWeight * side.Voting + options.FixedWeight * side.Voting
                          + (1 - (1 - sal) * options.SalienceWeight - options.FixedWeight) * start[k];
            }
        return new Outcome(executed, voting, next);
    }
}
