using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Exchange;

public partial class ExchangeModelTest
{
    public static TheoryData<string> OracleScenarios => ["sample", "copenhagen", "random-25x7"];

    [Theory]
    [MemberData(nameof(OracleScenarios))]
    public void Round_IndexedQueue_ExecutesExactlyWhatTheNaiveLoopExecutes(string name)
    {
        var scenario = name switch
        {
            "sample" => ExchangeFixtures.SampleData(),
            "copenhagen" => RepairedCopenhagen(),
            _ => RandomScenario(25, 7, 11),
        };
        var space = ExchangeSpace.From(scenario);
        var options = new ExchangeOptions(Rounds: 1);
        var start = space.Start;
        for (var round = 0; round < 5; round++)
        {
            var fast = ExchangeRound.Run(space, start, options, RandomStream.FromSeed(1));
            var naive = NaiveExchangeRound.Run(space, start, options);

            Assert.Equal(naive.Select(e => e.Index), fast.Executed.Select(e => e.Index));
            Assert.Equal(naive.Select(e => (e.I.Voting, e.J.Voting, e.Gain)), fast.Executed.Select(e => (e.I.Voting, e.J.Voting, e.Gain)));
            start = fast.NextStart;
        }
    }

    /// <summary>A scenario with uniformly drawn positions, saliences and capabilities, for tests and benchmarks.</summary>
    internal static Scenario RandomScenario(int actors, int issues, long seed)
    {
        var random = RandomStream.FromSeed(seed);
        var builder = new ScenarioBuilder($"random-{actors}x{issues}");
        for (var d = 0; d < issues; d++) builder.Issue($"issue-{d}");
        for (var a = 0; a < actors; a++)
            builder.Actor($"actor-{a}", 0.1 + random.NextDouble(),
                Enumerable.Range(0, issues).Select(d => ($"issue-{d}", Math.Round(100 * random.NextDouble()), 5 + Math.Round(95 * random.NextDouble()))).ToArray());
        return builder.Build();
    }
}
