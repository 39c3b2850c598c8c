using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Core.Tests.Uncertainty;

/// <summary>
/// The BDM model through its prepared draw runner and the in-order fold: the same numbers, to the last bit, as
/// calling <see cref="IForecastModel.Run"/> on every draw, at one or two threads, over more than one block.
/// </summary>
public class MonteCarloRunnerBdmTest
{
    private const int Runs = MonteCarloRunner.BlockSize + 88;

    private static Scenario Uncertain()
    {
        var b = new ScenarioBuilder("mc-bdm").Issue("x", 0, 100).Issue("y", 0, 10);
        var s = b.Actor("a", 4, ("x", 10, 80), ("y", 2, 50))
            .Actor("b", 3, ("x", 35, 60), ("y", 9, 90))
            .Actor("c", 2, ("x", 60, 90), ("y", 5, 40))
            .Actor("d", 5, ("x", 85, 70), ("y", 1, 70))
            .Actor("e", 1, ("x", 100, 30), ("y", 7, 60))
            .Build();
        var a = s.FindActor("a")!;
        var d = s.FindActor("d")!;
        s = s.WithActor(a with { Capability = new UncertainValue(4, new TriangularDistribution(2, 4, 7)) });
        return s.WithActor(d with
        {
            Position = new Dictionary<string, UncertainValue>(d.Position, StringComparer.Ordinal)
            {
                ["x"] = new UncertainValue(85, new UniformDistribution(60, 100)),
            },
        });
    }

    [Fact]
    public void Run_Bdm_PreparedRunnerEqualsPlainRunsAtAnyThreadCount()
    {
        var options = new ModelOptions(new Dictionary<string, string> { ["bdm.rounds"] = "12" }, seed: 29);
        var plain = MonteCarloRunner.Run(new Unprepared(BdmModel.Instance), Uncertain(), options, Runs, maxDegreeOfParallelism: 1);
        var one = MonteCarloRunner.Run(BdmModel.Instance, Uncertain(), options, Runs, maxDegreeOfParallelism: 1);
        var two = MonteCarloRunner.Run(BdmModel.Instance, Uncertain(), options, Runs, maxDegreeOfParallelism: 2);

        AssertSame(plain, one);
        AssertSame(plain, two);
    }

    private static void AssertSame(ForecastResult expected, ForecastResult actual)
    {
        Assert.Equal(expected.Notes, actual.Notes);
        Assert.Equal(expected.Issues.Count, actual.Issues.Count);
        for (var k = 0; k < expected.Issues.Count; k++)
        {
            var (e, a) = (expected.Issues[k], actual.Issues[k]);
            Assert.Equal((e.Id, e.Forecast, e.Mean, e.Median), (a.Id, a.Forecast, a.Mean, a.Median));
            Assert.Equal(e.Distribution!.Histogram, a.Distribution!.Histogram);
            Assert.Equal((e.Distribution.StandardDeviation, e.Distribution.P05, e.Distribution.P50, e.Distribution.P95),
                (a.Distribution.StandardDeviation, a.Distribution.P05, a.Distribution.P50, a.Distribution.P95));
            Assert.Equal(e.Rounds.Count, a.Rounds.Count);
            for (var t = 0; t < e.Rounds.Count; t++)
            {
                Assert.Equal((e.Rounds[t].Mean, e.Rounds[t].Median), (a.Rounds[t].Mean, a.Rounds[t].Median));
                Assert.Equal(e.Rounds[t].Positions.ToList(), a.Rounds[t].Positions.ToList());
            }
        }
    }

    /// <summary>The model without its <see cref="IMonteCarloModel"/> side, so the runner calls <see cref="IForecastModel.Run"/> per draw.</summary>
    private sealed class Unprepared(IForecastModel model) : IForecastModel
    {
        public ModelDescriptor Descriptor => model.Descriptor;

        public ForecastResult Run(Scenario scenario, ModelOptions options, RandomStream random) => model.Run(scenario, options, random);
    }
}
