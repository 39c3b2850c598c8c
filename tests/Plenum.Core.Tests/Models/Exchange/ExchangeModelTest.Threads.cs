using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;

namespace Plenum.Core.Tests.Models.Exchange;

public partial class ExchangeModelTest
{
    [Theory]
    [InlineData("sample", ExchangeVariant.EqualGain)]
    [InlineData("random-20x8-seed1", ExchangeVariant.EqualGain)]
    [InlineData("random-30x6-gaps", ExchangeVariant.EqualGain)]
    [InlineData("random-20x8-seed1", ExchangeVariant.RandomizedEqualGain)]
    [InlineData("random-20x8-seed2", ExchangeVariant.RandomRate)]
    public void Round_EveryStepSplitOverThreads_ReproducesNaiveReferenceLoop(string name, ExchangeVariant variant)
    {
        // Thresholds 0: creation in slices and every recalculation split into chunks over the threads, even here.
        var scenario = name switch
        {
            "sample" => ExchangeFixtures.SampleData(),
            "random-30x6-gaps" => RandomScenario(30, 6, 17, gaps: true),
            _ => RandomScenario(20, 8, long.Parse(name[^1..])),
        };
        var space = ExchangeSpace.From(scenario);
        var options = new ExchangeOptions(variant, Rounds: 1, Randomization: variant == ExchangeVariant.RandomizedEqualGain ? 0.7 : 0);
        var workspace = new ExchangeWorkspace(threads: 4) { ParallelCreationFrom = 0, ParallelTouchFrom = 0 };
        var fastStart = space.Start;
        var naiveStart = space.Start;
        for (var round = 0; round < 4; round++)
        {
            var fast = ExchangeRound.Run(space, fastStart, options, RandomStream.ForRun(5, round), workspace: workspace);
            var naive = NaiveExchangeRound.Run(space, naiveStart, options, RandomStream.ForRun(5, round));

            Assert.Equal(naive.Executed.Select(e => e.Index), fast.Executed.Select(e => e.Index));
            for (var e = 0; e < naive.Executed.Count; e++)
            {
                Assert.Equal(naive.Executed[e].Gain, fast.Executed[e].Gain, 1e-12);
                Assert.Equal(naive.Executed[e].I.Voting, fast.Executed[e].I.Voting, 1e-12);
                Assert.Equal(naive.Executed[e].J.Voting, fast.Executed[e].J.Voting, 1e-12);
            }
            for (var k = 0; k < naive.NextStart.Length; k++) Assert.Equal(naive.NextStart[k], fast.NextStart[k], 1e-12);
            fastStart = fast.NextStart;
            naiveStart = naive.NextStart;
        }
    }

    [Theory]
    [InlineData(ExchangeVariant.EqualGain)]
    [InlineData(ExchangeVariant.RandomRate)]
    public void Simulation_LargeRowsOnOneTwoOrFourThreads_IdenticalRounds(ExchangeVariant variant)
    {
        // 120 × 12: ~10⁵ candidates and rows long enough to be split at the default thresholds.
        var space = ExchangeSpace.From(RandomScenario(120, 12, 29));
        var options = new ExchangeOptions(variant, Rounds: 3, Ties: TieRule.Random);
        var one = ExchangeSimulation.Run(space, options, RandomStream.FromSeed(8), workspace: new ExchangeWorkspace(threads: 1));
        foreach (var threads in new[] { 2, 4 })
        {
            var many = ExchangeSimulation.Run(space, options, RandomStream.FromSeed(8), workspace: new ExchangeWorkspace(threads));
            for (var r = 0; r < one.Count; r++)
            {
                Assert.True(one[r].Executed.Count > 100, $"{one[r].Executed.Count} exchanges");
                Assert.Equal(one[r].Executed.Select(e => e.Index), many[r].Executed.Select(e => e.Index));
                Assert.Equal(one[r].Executed.Select(e => e.Gain), many[r].Executed.Select(e => e.Gain));
                Assert.Equal(one[r].InitialGains, many[r].InitialGains);
                Assert.Equal(one[r].Voting, many[r].Voting);
                Assert.Equal(one[r].NextStart, many[r].NextStart);
                Assert.Equal(one[r].Ties, many[r].Ties);
            }
        }
    }
}
