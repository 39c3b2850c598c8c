using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Core.Tests.Uncertainty;

public class ScenarioSamplerTest
{
    [Fact]
    public void Draw_NormalPosition_StaysOnTheScale()
    {
        var s = new ScenarioBuilder("s").Issue("x", 0, 10).Actor("a", 1, ("x", 9, 100)).Build();
        var a = s.FindActor("a")!;
        s = s.WithActor(a with { Position = new Dictionary<string, UncertainValue> { ["x"] = new(9, new NormalDistribution(9, 5)) } });
        var random = RandomStream.FromSeed(1);

        var draws = Enumerable.Range(0, 2000).Select(_ => ScenarioSampler.Draw(s, random).Actors[0].Position["x"].Value).ToList();

        Assert.All(draws, x => Assert.InRange(x, 0, 10));
        Assert.True(draws.Distinct().Count() > 1000);
    }

    [Theory]
    [InlineData(0, 3, 9, 4.0)]     // triangular mean (a + c + b) / 3
    [InlineData(2, 6, 10, 6.0)]    // symmetric: mode in the middle
    [InlineData(2, 2, 10, 14.0 / 3)] // mode at the low end
    public void Triangular_HasItsMean(double low, double mode, double high, double mean)
    {
        var d = new TriangularDistribution(low, mode, high);
        var r = RandomStream.FromSeed(9);
        var avg = Enumerable.Range(0, 200_000).Average(_ => DistributionSampler.Draw(d, r));
        Assert.Equal(mean, avg, 0.03);
    }

    [Theory]
    [InlineData(2, 5)]
    [InlineData(0.5, 0.5)]
    public void Beta_HasItsMeanAndVariance(double alpha, double beta)
    {
        var r = RandomStream.FromSeed(4);
        var xs = Enumerable.Range(0, 200_000).Select(_ => DistributionSampler.Beta(alpha, beta, r)).ToArray();
        var mean = xs.Average();
        var variance = xs.Select(x => (x - mean) * (x - mean)).Average();
        Assert.Equal(alpha / (alpha + beta), mean, 0.005);
        Assert.Equal(alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1)), variance, 0.002);
    }

    private const string StatusQuoScenario = """
        id: sq
        title: Status quo with uncertainty
        issues:
          - { id: line, scale: [0, 100], status_quo: { value: 60, triangular: [45, 60, 75] } }
          - { id: other, status_quo: 20 }
        actors:
          - { id: a, capability: { value: 40, range: [30, 50] }, position: { line: 10, other: 5 } }
          - { id: b, capability: 20, position: { line: { value: 90, normal: [90, 5] }, other: 50 } }
        """;

    [Fact]
    public void Draw_StatusQuoWithDistribution_IsSampledInsideItsRange()
    {
        var s = ScenarioLoader.Load("sq.yaml", StatusQuoScenario).Scenario!;
        Assert.IsType<TriangularDistribution>(s.FindIssue("line")!.StatusQuoUncertainty);
        Assert.Null(s.FindIssue("other")!.StatusQuoUncertainty);
        Assert.True(ScenarioSampler.HasUncertainty(s));

        var draws = Enumerable.Range(0, 20_000).Select(i => ScenarioSampler.Draw(s, RandomStream.ForRun(7, i))).ToList();
        var line = draws.Select(d => d.FindIssue("line")!.StatusQuo!.Value).ToList();

        Assert.All(line, x => Assert.InRange(x, 45, 75));
        Assert.Equal(60, line.Average(), 0.3); // triangular mean (45 + 60 + 75) / 3
        Assert.True(line.Distinct().Count() > 10_000);
        Assert.All(draws, d => Assert.Equal(20, d.FindIssue("other")!.StatusQuo));
    }

    [Fact]
    public void Draw_StatusQuoWithDistribution_LeavesTheActorsDrawsAsTheyWere()
    {
        var uncertain = ScenarioLoader.Load("sq.yaml", StatusQuoScenario).Scenario!;
        var certain = uncertain with { Issues = uncertain.Issues.Select(i => i with { StatusQuoUncertainty = null }).ToList() };

        for (var i = 0; i < 50; i++)
        {
            var a = ScenarioSampler.Draw(uncertain, RandomStream.ForRun(3, i));
            var b = ScenarioSampler.Draw(certain, RandomStream.ForRun(3, i));
            Assert.Equal(b.Actors[0].Capability.Value, a.Actors[0].Capability.Value);
            Assert.Equal(b.Actors[1].Position["line"].Value, a.Actors[1].Position["line"].Value);
            Assert.Equal(60, b.FindIssue("line")!.StatusQuo);
        }
    }

    [Fact]
    public void WhatIf_StatusQuo_DropsItsDistribution()
    {
        var s = ScenarioLoader.Load("sq.yaml", StatusQuoScenario).Scenario!;
        var change = ScenarioOverride.Parse("line.status_quo=70", out _)!;
        var changed = change.ApplyTo(s, out _)!;
        Assert.Equal(70, changed.FindIssue("line")!.StatusQuo);
        Assert.Null(changed.FindIssue("line")!.StatusQuoUncertainty);
    }
}
