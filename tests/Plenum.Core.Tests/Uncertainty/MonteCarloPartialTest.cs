using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Core.Tests.Uncertainty;

public class MonteCarloPartialTest
{
    /// <summary>Three actors on one issue, each position uncertain: BDM runs stop after different round counts.</summary>
    private static Scenario Uncertain()
    {
        var s = new ScenarioBuilder("mc").Issue("x").Actor("a", 3, ("x", 10, 80)).Actor("b", 2, ("x", 60, 60)).Actor("c", 1, ("x", 95, 90)).Build();
        foreach (var id in new[] { "a", "b", "c" })
        {
            var actor = s.FindActor(id)!;
            var p = actor.Position["x"].Value;
            s = s.WithActor(actor with
            {
                Position = new Dictionary<string, UncertainValue>(StringComparer.Ordinal) { ["x"] = new(p, new UniformDistribution(Math.Max(0, p - 15), Math.Min(100, p + 15))) },
            });
        }
        return s;
    }

    [Fact]
    public void Batches_MergedInOrder_MatchRunBitForBit()
    {
        IForecastModel model = BdmModel.Instance;
        var options = new ModelOptions(seed: 7);
        const int runs = 1500;
        var whole = MonteCarloRunner.Run(model, Uncertain(), options, runs, maxDegreeOfParallelism: 2);

        // Batches of 1024 and 476 runs, computed out of order and sent through bytes, as a cluster would.
        var late = MonteCarloPartial.FromBytes(MonteCarloRunner.RunBatch(model, Uncertain(), options, 1024, runs, 1).ToBytes());
        var early = MonteCarloPartial.FromBytes(MonteCarloRunner.RunBatch(model, Uncertain(), options, 0, 1024, 1).ToBytes());
        var total = new MonteCarloAccumulator();
        total.Add(early);
        total.Add(late);
        var merged = MonteCarloAccumulator.FromBytes(total.ToBytes()).ToResult(Uncertain(), model.Descriptor.Id, options);

        Assert.Equal(runs, total.RunsFolded);
        AssertSameBits(whole, merged);
    }

    [Fact]
    public void Add_PartialOutOfOrder_IsRefused()
    {
        var options = new ModelOptions(seed: 1);
        var second = MonteCarloRunner.RunBatch(BdmModel.Instance, Uncertain(), options, 512, 1024);
        var e = Assert.Throws<ArgumentException>(() => new MonteCarloAccumulator().Add(second));
        Assert.Contains("starts at run 512; the next run expected is 0", e.Message);
    }

    [Fact]
    public void RunBatch_StartOffABlock_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MonteCarloRunner.RunBatch(BdmModel.Instance, Uncertain(), ModelOptions.Default, 100, 612));
    }

    [Fact]
    public void FromBytes_Truncated_IsInvalidData()
    {
        var bytes = MonteCarloRunner.RunBatch(BdmModel.Instance, Uncertain(), ModelOptions.Default, 0, 10).ToBytes();
        Assert.Throws<InvalidDataException>(() => MonteCarloPartial.FromBytes(bytes[..^9]));
    }

    private static void AssertSameBits(ForecastResult a, ForecastResult b)
    {
        Assert.Equal(a.Issues.Count, b.Issues.Count);
        for (var i = 0; i < a.Issues.Count; i++)
        {
            var (x, y) = (a.Issues[i], b.Issues[i]);
            Assert.Equal(BitConverter.DoubleToInt64Bits(x.Forecast), BitConverter.DoubleToInt64Bits(y.Forecast));
            Assert.Equal(BitConverter.DoubleToInt64Bits(x.Mean), BitConverter.DoubleToInt64Bits(y.Mean));
            Assert.Equal(BitConverter.DoubleToInt64Bits(x.Median), BitConverter.DoubleToInt64Bits(y.Median));
            var (dx, dy) = (x.Distribution!, y.Distribution!);
            Assert.Equal((dx.Runs, dx.Mean, dx.StandardDeviation, dx.P05, dx.P50, dx.P95), (dy.Runs, dy.Mean, dy.StandardDeviation, dy.P05, dy.P50, dy.P95));
            Assert.Equal(dx.Histogram, dy.Histogram);
            Assert.Equal(x.Rounds.Count, y.Rounds.Count);
            Assert.True(x.Rounds.Count > 2, "BDM should run several rounds");
            for (var k = 0; k < x.Rounds.Count; k++)
            {
                Assert.Equal(x.Rounds[k].Positions.ToList(), y.Rounds[k].Positions.ToList());
                Assert.Equal((x.Rounds[k].Mean, x.Rounds[k].Median), (y.Rounds[k].Mean, y.Rounds[k].Median));
            }
        }
        Assert.Equal(a.Notes, b.Notes);
        Assert.Equal(a.Options.ToList(), b.Options.ToList());
    }
}
