using Plenum.Core.Models;
using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;

namespace Plenum.Core.Tests.Models.Exchange;

public partial class ExchangeModelTest
{
    [Fact]
    public void Run_RandomizedWithPZero_IsEqualGain()
    {
        var space = ExchangeSpace.From(ExchangeFixtures.SampleData());

        var equal = ExchangeSimulation.Run(space, new ExchangeOptions(Rounds: 3), RandomStream.FromSeed(4));
        var rex = ExchangeSimulation.Run(space, new ExchangeOptions(ExchangeVariant.RandomizedEqualGain, Rounds: 3, Randomization: 0), RandomStream.FromSeed(4));

        Assert.Equal(equal.SelectMany(r => r.Voting), rex.SelectMany(r => r.Voting));
    }

    [Fact]
    public void Run_RandomizedWithPOne_GainsDifferButEachSideStillGains()
    {
        var space = ExchangeSpace.From(ExchangeFixtures.SampleData());

        var rounds = ExchangeSimulation.Run(space, new ExchangeOptions(ExchangeVariant.RandomizedEqualGain, Rounds: 2, Randomization: 1), RandomStream.FromSeed(4));

        var executed = rounds.SelectMany(r => r.Executed).ToList();
        Assert.NotEmpty(executed);
        Assert.All(executed, e => Assert.True(e.GainI >= 0 && e.GainJ >= 0));
        Assert.Contains(executed, e => Math.Abs(e.GainI - e.GainJ) > 1e-6);
    }

    [Fact]
    public void Run_RandomRate_EveryExecutedExchangeGainsForBothAtARateBetweenTheirBreakEvens()
    {
        var scenario = ExchangeFixtures.SampleData();
        var space = ExchangeSpace.From(scenario);

        var rounds = ExchangeSimulation.Run(space, new ExchangeOptions(ExchangeVariant.RandomRate), RandomStream.FromSeed(2));

        Assert.Equal(10, rounds.Count);
        var n = space.IssueCount;
        foreach (var e in rounds.SelectMany(r => r.Executed))
        {
            Assert.True(e.GainI >= 1e-10 && e.GainJ >= 1e-10);
            Assert.Equal(Math.Min(e.GainI, e.GainJ), e.Gain, 1e-12);
            var low = space.Salience[e.J.Actor * n + e.J.Supply] / space.Salience[e.J.Actor * n + e.I.Supply];
            var high = space.Salience[e.I.Actor * n + e.J.Supply] / space.Salience[e.I.Actor * n + e.I.Supply];
            Assert.InRange(e.Rate, low, high);
            Assert.Equal(e.Rate, e.ShiftQ / e.ShiftP, 1e-9);
        }
        var again = ExchangeSimulation.Run(space, new ExchangeOptions(ExchangeVariant.RandomRate), RandomStream.FromSeed(2));
        Assert.Equal(rounds.SelectMany(r => r.Voting), again.SelectMany(r => r.Voting));
    }

    [Fact]
    public void Run_RandomRateThroughOptions_RunsAllRoundsOnSampleData()
    {
        var options = new ModelOptions(new Dictionary<string, string> { ["exchange.variant"] = "random-rate" }, seed: 3);

        var result = ExchangeModel.Instance.Run(ExchangeFixtures.SampleData(), options, RandomStream.FromSeed(3));

        Assert.All(result.Issues, i => Assert.Equal(11, i.Rounds.Count));
        Assert.Equal("random-rate", result.Options["exchange.variant"]);
        Assert.True(result.Tables.Single(t => t.Name == "exchanges").Rows.Count > 0);
    }
}
