using Plenum.Core.Models;
using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Exchange;

public partial class ExchangeModelTest
{
    private static ForecastResult RunWith(Scenario scenario, params (string Key, string Value)[] set) =>
        ExchangeModel.Instance.Run(scenario, new ModelOptions(set.ToDictionary(s => s.Key, s => s.Value)), RandomStream.FromSeed(1));

    [Fact]
    public void Catalog_ListsExchange()
    {
        Assert.Same(ExchangeModel.Instance, ModelCatalog.Find("exchange"));
    }

    [Fact]
    public void Run_PlenumScenarioOnOwnScales_DenormalisesRoundsAndReportsForecastsByOption()
    {
        var scenario = new ScenarioBuilder("council")
            .Issue("budget", 0, 10).Issue("tempo", -5, 5).Issue("purge")
            .Actor("stalin", 40, ("budget", 9, 90), ("tempo", 4, 95), ("purge", 90, 60))
            .Actor("bukharin", 30, ("budget", 2, 70), ("tempo", -4, 40), ("purge", 10, 95))
            .Actor("rykov", 20, ("budget", 3, 50), ("tempo", -3, 80), ("purge", 20, 30))
            .Actor("kalinin", 10, ("budget", 6, 30), ("tempo", 1, 20), ("purge", 50, 40))
            .Build();

        var last = RunWith(scenario, ("exchange.rounds", "3"));
        var first = RunWith(scenario, ("exchange.rounds", "3"), ("exchange.forecast", "first-round"));
        var final = RunWith(scenario, ("exchange.rounds", "3"), ("exchange.forecast", "final-mean"));

        var tempo = last.Issues.Single(i => i.Id == "tempo");
        Assert.Equal(4, tempo.Rounds.Count);
        Assert.Equal(4.0, tempo.Rounds[0].Positions["stalin"]);
        Assert.Equal(WeightedStatistics.Mean([4, -4, -3, 1], [40 * .95, 30 * .4, 20 * .8, 10 * .2]), tempo.Rounds[0].Mean, 1e-12);
        Assert.All(tempo.Rounds.SelectMany(r => r.Positions.Values), x => Assert.InRange(x, -5, 5));
        Assert.Equal(tempo.Rounds[^1].Mean, tempo.Forecast);
        Assert.Equal(tempo.Rounds[^1].Mean, tempo.Mean);
        Assert.Equal(tempo.Rounds[1].Mean, first.Issues.Single(i => i.Id == "tempo").Forecast);
        var outcomes = final.Tables.Single(t => t.Name == "outcomes");
        var row = outcomes.Rows.Single(r => (string)r[0]! == "tempo");
        Assert.Equal((double)row[4]!, final.Issues.Single(i => i.Id == "tempo").Forecast);
        Assert.Equal(["issue", "initial_mean", "first_round", "last_round", "final_mean", "forecast"], outcomes.Columns);
        Assert.True(last.Tables.Single(t => t.Name == "exchanges").Rows.Count > 0);
    }

    [Fact]
    public void Run_ExchangesTable_NamesWhoGivesWhatToWhom()
    {
        var result = RunWith(ExchangeFixtures.SampleData(), ("exchange.rounds", "1"));

        var table = result.Tables.Single(t => t.Name == "exchanges");
        Assert.Equal(["round", "order", "actor_i", "supplies_i", "from_i", "to_i", "actor_j", "supplies_j", "from_j", "to_j", "gain", "gain_i", "gain_j"], table.Columns);
        var first = table.Rows[0];
        Assert.Equal((1, 1), ((int)first[0]!, (int)first[1]!));
        Assert.Equal(["extra-investering", "tolheffing-binnenstad"], new[] { (string)first[3]!, (string)first[7]! }.Order());
        Assert.Equal(1.973684210526316, (double)first[10]!, 1e-12);
        Assert.Equal(39, table.Rows.Count);
    }

    [Theory]
    [InlineData("exchange.variant", "nash")]
    [InlineData("exchange.rounds", "0")]
    [InlineData("exchange.ties", "coin")]
    [InlineData("exchange.forecast", "median")]
    [InlineData("exchange.p", "2")]
    [InlineData("exchange.tie-picks", "8-158")]
    public void Run_BadOption_ThrowsModelOptionException(string key, string value)
    {
        var set = key == "exchange.p" ? new[] { ("exchange.variant", "randomized"), (key, value) } : new[] { (key, value) };

        var error = Assert.Throws<ModelOptionException>(() => RunWith(ExchangeFixtures.SampleData(), set));

        Assert.Equal(key, error.Key);
    }

    [Fact]
    public void Run_SingleIssue_ModelInputException()
    {
        var scenario = new ScenarioBuilder("one").Issue("x").Actor("a", 1, ("x", 10, 50)).Actor("b", 1, ("x", 90, 50)).Build();

        Assert.Throws<ModelInputException>(() => RunWith(scenario));
    }

    [Fact]
    public void Run_ActorMissingOnAnIssue_TakesNoPartThere()
    {
        var scenario = new ScenarioBuilder("gap")
            .Issue("p").Issue("q").Issue("r")
            .Actor("a", 1, ("p", 0, 70), ("q", 80, 50), ("r", 10, 50))
            .Actor("b", 1, ("p", 100, 50), ("q", 0, 80))
            .Actor("c", 1, ("p", 50, 50), ("r", 90, 90))
            .Build();

        var result = RunWith(scenario, ("exchange.rounds", "2"));

        Assert.DoesNotContain("b", result.Issues.Single(i => i.Id == "r").Rounds[2].Positions.Keys);
        Assert.DoesNotContain("c", result.Issues.Single(i => i.Id == "q").Rounds[0].Positions.Keys);
    }
}
