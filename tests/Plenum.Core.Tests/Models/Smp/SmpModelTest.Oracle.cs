using Plenum.Core.Models;
using Plenum.Core.Models.Smp;

namespace Plenum.Core.Tests.Models.Smp;

public partial class SmpModelTest
{
    public static TheoryData<int, int, long, string> OracleCases() => new()
    {
        { 5, 1, 1, "" },
        { 12, 2, 2, "" },
        { 25, 3, 3, "" },
        { 40, 1, 4, "" },
        { 40, 2, 5, "" },
        { 17, 2, 6, "smp.votingRule=propcbc;smp.pceModel=markov-incentive" },
        { 13, 3, 7, "smp.votingRule=binary;smp.victoryModel=square;smp.pceModel=markov-uniform" },
        { 20, 1, 8, "smp.votingRule=asymprosp;smp.riskRange=max;smp.riskAdjust=full;smp.thirdPartyCommit=full" },
        { 11, 2, 9, "smp.votingRule=cubic;smp.victoryModel=quartic;smp.riskAdjust=none;smp.thirdPartyCommit=none;smp.interpolation=s1p1" },
        { 9, 2, 10, "smp.votingRule=propbin;smp.victoryModel=octic;smp.riskRange=min;smp.interpolation=s2pmax;smp.bargainModel=init-receiver" },
        { 14, 2, 11, "smp.victoryModel=binary;smp.riskAdjust=half;smp.bargainModel=power-weighted" },
        { 10, 3, 12, "smp.riskAdjust=two-thirds;smp.bargainModel=power-weighted;smp.bargainQuirks=corrected" },
        { 16, 2, 13, "smp.transitions=stochastic;smp.idealAdjustment=0.6" },
        { 8, 2, 14, "smp.idealAdjustment=a0>a0=0.5;a0>a1=0.3;a2>a2=0.8;a2>a3=0.1;smp.roundBargains=false" },
        { 33, 1, 15, "smp.transitions=stochastic;smp.pceModel=markov-incentive" },
    };

    [Theory]
    [MemberData(nameof(OracleCases))]
    public void Run_RandomScenario_EqualsStraightforwardOracle(int actors, int dimensions, long seed, string settings)
    {
        var scenario = SmpRandomScenario.Create(actors, dimensions, seed);
        var options = SmpOptions.From(Parse(settings)) with { MaxTurns = 25 };
        var problem = SmpProblem.FromScenario(scenario, options);
        var run = SmpModel.Simulate(scenario, options, seed);
        var oracle = new SmpReferenceOracle(options, problem.Capabilities, problem.Saliences, actors, dimensions, problem.Accommodation, seed);
        oracle.Run(problem.InitialPositions);

        Assert.Equal(oracle.States.Count, run.States.Count);
        for (var t = 0; t < run.States.Count; t++)
        {
            var (fast, slow) = (run.States[t], oracle.States[t]);
            AssertClose(slow.Pos, fast.Positions, 1e-12, $"positions, state {t}");
            AssertClose(slow.Ideal, fast.Ideals, 1e-12, $"ideals, state {t}");
            AssertClose(slow.Risk, fast.Risk, 1e-9, $"risk, state {t}");
            Assert.Equal(slow.Unique, fast.UniquePositions);
            AssertClose(slow.UniqueProbabilities, fast.UniqueProbabilities, 1e-9, $"probabilities, state {t}");
        }
        for (var t = 0; t < run.Turns.Count; t++)
            for (var i = 0; i < actors; i++)
            {
                var (target, p, gain) = oracle.Challenges[t][i];
                var c = run.Turns[t].Challenges[i];
                Assert.Equal(target, c.Target);
                Assert.True(Math.Abs(p - c.Probability) < 1e-9 && Math.Abs(gain - c.Gain) < 1e-9, $"turn {t}, actor {i}: ({p}, {gain}) vs ({c.Probability}, {c.Gain})");
            }
    }

    [Theory]
    [InlineData("")]
    [InlineData("smp.transitions=stochastic")]
    public void Run_OneThreadOrTwo_GivesIdenticalRuns(string settings)
    {
        var scenario = SmpRandomScenario.Create(70, 2, 21);
        var one = SmpModel.Simulate(scenario, SmpOptions.From(Parse(settings)) with { Threads = 1, MaxTurns = 12 }, 99);
        var two = SmpModel.Simulate(scenario, SmpOptions.From(Parse(settings)) with { Threads = 2, MaxTurns = 12 }, 99);
        Assert.Equal(one.States.Count, two.States.Count);
        for (var t = 0; t < one.States.Count; t++)
        {
            Assert.Equal(one.States[t].Positions, two.States[t].Positions);
            Assert.Equal(one.States[t].UniqueProbabilities, two.States[t].UniqueProbabilities);
        }
    }

    private static ModelOptions Parse(string settings) =>
        new(settings.Split(";s", StringSplitOptions.RemoveEmptyEntries)
            .Select((kv, index) => index == 0 ? kv : "s" + kv)
            .Select(kv => kv.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1]));

    private static void AssertClose(double[] expected, double[] actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"{what}, entry {i}: oracle {expected[i]:R}, model {actual[i]:R}");
    }
}
