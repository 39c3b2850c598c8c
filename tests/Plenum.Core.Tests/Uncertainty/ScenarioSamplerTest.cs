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
}
