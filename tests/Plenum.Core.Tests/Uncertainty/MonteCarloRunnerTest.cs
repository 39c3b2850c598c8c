using Plenum.Core.Models;
using Plenum.Core.Models.Baseline;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Core.Tests.Uncertainty;

public class MonteCarloRunnerTest
{
    /// <summary>Two actors on one issue; b's capability drawn from U(1, 3). Also the runner's worker tests' scenario.</summary>
    internal static Scenario Uncertain()
    {
        var s = new ScenarioBuilder("mc").Issue("x").Actor("a", 1, ("x", 0, 100)).Actor("b", 1, ("x", 100, 100)).Build();
        var b = s.FindActor("b")!;
        // b's capability is unknown between 1 and 3: the compromise 100·c/(1+c) ranges from 50 to 75
        return s.WithActor(b with { Capability = new UncertainValue(2, new UniformDistribution(1, 3)) });
    }

    [Fact]
    public void Run_SameSeed_IdenticalAtAnyThreadCount()
    {
        var options = new ModelOptions(seed: 11);
        var one = MonteCarloRunner.Run(BaselineModel.Compromise, Uncertain(), options, 3000, maxDegreeOfParallelism: 1);
        var two = MonteCarloRunner.Run(BaselineModel.Compromise, Uncertain(), options, 3000, maxDegreeOfParallelism: 2);

        var (d1, d2) = (one.Issues[0].Distribution!, two.Issues[0].Distribution!);
        Assert.Equal((d1.Mean, d1.StandardDeviation, d1.P05, d1.P50, d1.P95), (d2.Mean, d2.StandardDeviation, d2.P05, d2.P50, d2.P95));
        Assert.Equal(d1.Histogram, d2.Histogram);
        Assert.Equal(one.Issues[0].Forecast, two.Issues[0].Forecast);
    }

    [Fact]
    public void Run_UniformCapability_GivesTheAnalyticDistribution()
    {
        // forecast = 100·c/(1+c) with c ~ U(1,3): mean = 100·(1 − ln 2 / 2) = 65.34; 5 % quantile at c = 1.1 → 52.38
        var r = MonteCarloRunner.Run(BaselineModel.Compromise, Uncertain(), new ModelOptions(seed: 3), 20_000);
        var d = r.Issues[0].Distribution!;

        Assert.Equal(100 * (1 - Math.Log(2) / 2), d.Mean, 0.3);
        Assert.Equal(100 * 1.1 / 2.1, d.P05, 0.3);
        Assert.Equal(100 * 2.9 / 3.9, d.P95, 0.3);
        Assert.Equal(20_000, d.Histogram.Sum());
        Assert.Equal(0, d.Histogram.Take(10).Sum()); // nothing below 50
    }

    [Fact]
    public void Run_DifferentSeeds_Differ()
    {
        var a = MonteCarloRunner.Run(BaselineModel.Compromise, Uncertain(), new ModelOptions(seed: 1), 500);
        var b = MonteCarloRunner.Run(BaselineModel.Compromise, Uncertain(), new ModelOptions(seed: 2), 500);
        Assert.NotEqual(a.Issues[0].Forecast, b.Issues[0].Forecast);
    }

    [Fact]
    public void Quantile_InterpolatesBetweenOrderStatistics()
    {
        double[] xs = [1, 2, 3, 4, 5];
        Assert.Equal(3, MonteCarloSummary.Quantile(xs, 0.5));
        Assert.Equal(1.2, MonteCarloSummary.Quantile(xs, 0.05), 12);
        Assert.Equal(4.8, MonteCarloSummary.Quantile(xs, 0.95), 12);
    }
}
