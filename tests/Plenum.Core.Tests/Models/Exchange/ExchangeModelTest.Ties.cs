using Plenum.Core.Imports;
using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Exchange;

public partial class ExchangeModelTest
{
    [Fact]
    public void Run_SampleDataRandomTies40Seeds_LandsInsidePublishedBands()
    {
        // Band: the mean over our 40 seeded runs lies within one published sd (+0.02) of the published mean of
        // Decide's 40 runs, and our sd is no more than twice the published one (+0.05).
        var space = ExchangeSpace.From(ExchangeFixtures.SampleData());
        var options = new ExchangeOptions(Ties: TieRule.Random);
        var samples = new List<double[]>[] { [], [], [] };
        for (var seed = 1; seed <= 40; seed++)
        {
            var rounds = ExchangeSimulation.Run(space, options, RandomStream.ForRun(1, seed));
            Assert.InRange(rounds[0].Executed.Count, 38, 39);
            samples[0].Add(VotingMeans(space, rounds[0]));
            samples[1].Add(VotingMeans(space, rounds[9]));
            samples[2].Add(Enumerable.Range(0, 6).Select(d => space.Denormalise(d, space.Mean(d, rounds[9].NextStart))).ToArray());
        }

        for (var s = 0; s < 3; s++)
            for (var d = 0; d < 6; d++)
            {
                var xs = samples[s].Select(v => v[d]).ToArray();
                var mean = xs.Average();
                var sd = Math.Sqrt(xs.Select(x => (x - mean) * (x - mean)).Average());
                var (refMean, refSd) = ExchangeReference.RandomTieBands[s][d];
                Assert.InRange(mean, refMean - refSd - 0.02, refMean + refSd + 0.02);
                Assert.InRange(sd, 0, 2 * refSd + 0.05);
            }
    }

    [Fact]
    public void Run_RandomTiesManySeeds_NoExchangeExecutedTwiceInARound()
    {
        // Decide can execute the same exchange twice in a round when its coin keeps the first of two tied
        // exchanges (reference notes §1.3, quirks; seen on Copenhagen, seed 6, round 8). Here an executed
        // candidate is marked and its queue entries go stale, so every executed exchange is distinct.
        var options = new ExchangeOptions(Ties: TieRule.Random);
        foreach (var scenario in new[] { ExchangeFixtures.SampleData(), RepairedCopenhagen() })
        {
            var space = ExchangeSpace.From(scenario);
            for (var seed = 1; seed <= 83; seed++)
                foreach (var round in ExchangeSimulation.Run(space, options, RandomStream.ForRun(7, seed)))
                {
                    Assert.Equal(round.Executed.Count, round.Executed.Select(e => e.Index).Distinct().Count());
                    Assert.Equal(round.Executed.Count,
                        round.Executed.Select(e => (e.I.Actor, e.I.Supply, e.J.Actor, e.J.Supply)).Distinct().Count());
                }
        }
    }

    [Fact]
    public void Run_RandomTies_SameSeedSameRunAndTiesAreBroken()
    {
        var space = ExchangeSpace.From(ExchangeFixtures.SampleData());
        var options = new ExchangeOptions(Ties: TieRule.Random);

        var a = ExchangeSimulation.Run(space, options, RandomStream.ForRun(3, 5));
        var b = ExchangeSimulation.Run(space, options, RandomStream.ForRun(3, 5));

        Assert.Equal(a.SelectMany(r => r.Voting), b.SelectMany(r => r.Voting));
        Assert.True(a.Sum(r => r.Ties) > 0);
    }

    [Fact]
    public void Run_TieToleranceZero_OrderFollowsRawGainsAndDiffersFromDefault()
    {
        var space = ExchangeSpace.From(ExchangeFixtures.SampleData());

        var tolerant = ExchangeSimulation.Run(space, new ExchangeOptions(Rounds: 1), RandomStream.FromSeed(1));
        var exact = ExchangeSimulation.Run(space, new ExchangeOptions(Rounds: 1, TieTolerance: 0), RandomStream.FromSeed(1));

        Assert.Equal(1, tolerant[0].Ties);
        Assert.Equal(0, exact[0].Ties);
        Assert.NotEqual(tolerant[0].Voting, exact[0].Voting);
    }

    /// <summary>The Copenhagen fixture with its two planted errors undone (Russia's Control position 160→60, China India's power sign), for behaviour tests only.</summary>
    internal static Scenario RepairedCopenhagen()
    {
        var text = File.ReadAllText(ExchangeFixtures.PathOf("copenhagen_with_errors.csv"))
            .Replace("Russia\tControl\t160", "Russia\tControl\t60")
            .Replace("\t-0.247", "\t0.247");
        var result = DecideImporter.Read("copenhagen.csv", text);
        Assert.Empty(result.Problems);
        return result.Scenario!;
    }
}
