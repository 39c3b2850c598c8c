using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Exchange;

public partial class ExchangeModelTest
{
    public static TheoryData<string, ExchangeVariant> OracleScenarios => new()
    {
        { "sample", ExchangeVariant.EqualGain },
        { "copenhagen", ExchangeVariant.EqualGain },
        { "random-25x7", ExchangeVariant.EqualGain },
        { "random-20x8-seed1", ExchangeVariant.EqualGain },
        { "random-20x8-seed2", ExchangeVariant.EqualGain },
        { "random-20x8-seed3", ExchangeVariant.EqualGain },
        { "random-20x8-seed4", ExchangeVariant.EqualGain },
        { "random-20x8-seed5", ExchangeVariant.EqualGain },
        { "random-30x6-gaps", ExchangeVariant.EqualGain },
        { "random-20x8-seed1", ExchangeVariant.RandomizedEqualGain },
        { "random-20x8-seed2", ExchangeVariant.RandomRate },
        { "sample", ExchangeVariant.RandomRate },
    };

    [Theory]
    [MemberData(nameof(OracleScenarios))]
    public void Round_SharedStateQueue_ReproducesNaiveReferenceLoopRoundByRound(string name, ExchangeVariant variant)
    {
        // The oracle is Decide's loop written plainly (ReferenceExchangeSolver, NaiveExchangeRound): per-candidate
        // positions and third-party lists, every candidate recalculated after every execution, full scan for the best.
        var scenario = name switch
        {
            "sample" => ExchangeFixtures.SampleData(),
            "copenhagen" => RepairedCopenhagen(),
            "random-25x7" => RandomScenario(25, 7, 11),
            "random-30x6-gaps" => RandomScenario(30, 6, 17, gaps: true),
            _ => RandomScenario(20, 8, long.Parse(name[^1..])),
        };
        var space = ExchangeSpace.From(scenario);
        var options = new ExchangeOptions(variant, Rounds: 1, Randomization: variant == ExchangeVariant.RandomizedEqualGain ? 0.7 : 0);
        var fastStart = space.Start;
        var naiveStart = space.Start;
        for (var round = 0; round < 6; round++)
        {
            var fast = ExchangeRound.Run(space, fastStart, options, RandomStream.ForRun(5, round));
            var naive = NaiveExchangeRound.Run(space, naiveStart, options, RandomStream.ForRun(5, round));

            Assert.Equal(naive.Executed.Select(e => e.Index), fast.Executed.Select(e => e.Index));
            for (var e = 0; e < naive.Executed.Count; e++)
            {
                var (a, b) = (naive.Executed[e], fast.Executed[e]);
                Assert.Equal(a.I.Voting, b.I.Voting, 1e-12);
                Assert.Equal(a.J.Voting, b.J.Voting, 1e-12);
                Assert.Equal(a.Gain, b.Gain, 1e-12);
                Assert.Equal(a.GainI, b.GainI, 1e-12);
                Assert.Equal(a.GainJ, b.GainJ, 1e-12);
            }
            for (var k = 0; k < naive.NextStart.Length; k++)
            {
                Assert.Equal(naive.Voting[k], fast.Voting[k], 1e-12);
                Assert.Equal(naive.NextStart[k], fast.NextStart[k], 1e-12);
            }
            fastStart = fast.NextStart;
            naiveStart = naive.NextStart;
        }
    }

    [Fact]
    public void Round_LargeEnoughToCreateInParallel_SameAsOnOneThreadOrder()
    {
        // 60 × 10 gives more candidates than the parallel-creation threshold; the oracle runs one thread.
        var space = ExchangeSpace.From(RandomScenario(60, 10, 23));
        var options = new ExchangeOptions(Rounds: 1);

        var fast = ExchangeRound.Run(space, space.Start, options, RandomStream.FromSeed(1));
        var naive = NaiveExchangeRound.Run(space, space.Start, options, RandomStream.FromSeed(1));

        Assert.True(fast.CandidateCount >= 20_000, $"{fast.CandidateCount} candidates");
        Assert.Equal(naive.Executed.Select(e => e.Index), fast.Executed.Select(e => e.Index));
        Assert.Equal(naive.NextStart, fast.NextStart);
    }

    [Fact]
    public void Rounds_SixtyByTwelve_BitIdenticalToNaiveReferenceLoop()
    {
        // Large enough for both shortcuts of the round to matter (demand rows left alone when no candidate's cut
        // range holds the new third-party sum; candidates whose target an execution reached dropped unsolved), on
        // all cores: every executed exchange and every position must carry the oracle's bits, round after round.
        var space = ExchangeSpace.From(RandomScenario(60, 12, 3));
        var options = new ExchangeOptions(Rounds: 1);
        var fastStart = space.Start;
        var naiveStart = space.Start;
        for (var round = 0; round < 2; round++)
        {
            var fast = ExchangeRound.Run(space, fastStart, options, RandomStream.FromSeed(1));
            var naive = NaiveExchangeRound.Run(space, naiveStart, options, RandomStream.FromSeed(1));

            Assert.True(fast.Executed.Count > 300, $"{fast.Executed.Count} exchanges");
            Assert.Equal(naive.Executed.Select(e => e.Index), fast.Executed.Select(e => e.Index));
            Assert.Equal(naive.Executed.Select(e => e.Gain), fast.Executed.Select(e => e.Gain));
            Assert.Equal(naive.Executed.Select(e => e.I.Voting), fast.Executed.Select(e => e.I.Voting));
            Assert.Equal(naive.Executed.Select(e => e.J.Voting), fast.Executed.Select(e => e.J.Voting));
            Assert.Equal(naive.Voting, fast.Voting);
            Assert.Equal(naive.NextStart, fast.NextStart);
            fastStart = fast.NextStart;
            naiveStart = naive.NextStart;
        }
    }

    /// <summary>
    /// A scenario with uniformly drawn positions, saliences and capabilities, for tests and benchmarks; with
    /// <paramref name="gaps"/>, about one actor in eight holds no position on an issue.
    /// </summary>
    internal static Scenario RandomScenario(int actors, int issues, long seed, bool gaps = false)
    {
        var random = RandomStream.FromSeed(seed);
        var builder = new ScenarioBuilder($"random-{actors}x{issues}");
        for (var d = 0; d < issues; d++) builder.Issue($"issue-{d}");
        for (var a = 0; a < actors; a++)
        {
            var capability = 0.1 + random.NextDouble();
            var stances = Enumerable.Range(0, issues)
                .Select(d => (Id: $"issue-{d}", X: Math.Round(100 * random.NextDouble()), S: 5 + Math.Round(95 * random.NextDouble()), Skip: gaps && random.NextDouble() < 0.125))
                .Where(t => !t.Skip)
                .Select(t => (t.Id, t.X, t.S))
                .ToArray();
            builder.Actor($"actor-{a}", capability, stances);
        }
        return builder.Build();
    }
}
