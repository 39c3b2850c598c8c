using Plenum.Core.Models;
using Plenum.Core.Models.Smp;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Smp;

public partial class SmpModelTest
{
    private static ForecastResult Forecast(Scenario scenario, Dictionary<string, string>? settings = null, long seed = 1) =>
        ModelCatalog.Find("smp")!.Run(scenario, new ModelOptions(settings, seed), RandomStream.FromSeed(seed));

    [Fact]
    public void Run_DummyData3Dim_ReportsEveryRoundPerIssueAndTheForecast()
    {
        var scenario = SmpFixtures.Csv("dummyData_3Dim.csv");
        var result = Forecast(scenario);
        var log = KtabReferenceLog.Load("ktab-dummyData_3Dim.json");

        Assert.Equal(["pstn1", "pstn2", "pstn3"], result.Issues.Select(i => i.Id));
        var second = result.Issues[1];
        Assert.Equal(log.States, second.Rounds.Count);
        Assert.Equal(6.37, second.Rounds[0].Positions["sactor-00"], 12);
        Assert.Equal(log.Turns[^1].Positions[0][1], second.Rounds[^1].Positions["sactor-00"], 9);
        Assert.Equal(new Convergence("converged", log.States - 1), second.Convergence);

        // Forecast = Σ p·x over the final distinct positions, which the outcome table lists.
        var outcomes = result.Tables.Single(t => t.Name == "smp-outcomes");
        var column = outcomes.Columns.ToList().IndexOf("pstn2");
        var expected = outcomes.Rows.Sum(r => (double)r[1]! * (double)r[column]!);
        Assert.Equal(expected, second.Forecast, 9);
        Assert.Equal(1.0, outcomes.Rows.Sum(r => (double)r[1]!), 9);
        // The top outcome in the last state of the reference log is held by SActor-05 (p = 0.4009).
        Assert.Equal(0.4009, (double)outcomes.Rows[0][1]!, 4);
        Assert.Contains("sactor-05", (string)outcomes.Rows[0][2]!);
        Assert.Contains(result.Notes, n => n.StartsWith("Most likely outcome (p = 0.401)", StringComparison.Ordinal));
        Assert.Equal(0.4009, result.Actors.Single(a => a.Id == "sactor-05").PPrevails, 4);

        var bargains = result.Tables.Single(t => t.Name == "smp-bargains");
        Assert.Equal(log.Turns.Sum(t => t.Targets.Length), bargains.Rows.Count);
        var probabilities = result.Tables.Single(t => t.Name == "smp-probabilities");
        Assert.Equal(log.States * 7, probabilities.Rows.Count);
    }

    [Fact]
    public void Run_IssueScale_IsMappedToZeroOneAndBack()
    {
        var original = SmpFixtures.Csv("dummyData_3Dim.csv");
        // The same scenario on scales [-1, 1], [0, 10] and [1900, 2100].
        var scales = new[] { (-1.0, 1.0), (0.0, 10.0), (1900.0, 2100.0) };
        var issues = original.Issues.Select((i, k) => i with { Low = scales[k].Item1, High = scales[k].Item2 }).ToList();
        var actors = original.Actors.Select(a => a with
        {
            Position = a.Position.ToDictionary(p => p.Key, p =>
            {
                var k = original.Issues.ToList().FindIndex(i => i.Id == p.Key);
                return (UncertainValue)(scales[k].Item1 + p.Value.Value / 100 * (scales[k].Item2 - scales[k].Item1));
            }),
        }).ToList();
        var rescaled = original with { Issues = issues, Actors = actors };

        var a = Forecast(original);
        var b = Forecast(rescaled);
        Assert.Equal(a.Issues[0].Rounds.Count, b.Issues[0].Rounds.Count);
        for (var k = 0; k < 3; k++)
        {
            var (low, high) = scales[k];
            double Map(double x) => low + x / 100 * (high - low);
            Assert.Equal(Map(a.Issues[k].Forecast), b.Issues[k].Forecast, 9);
            foreach (var (ra, rb) in a.Issues[k].Rounds.Zip(b.Issues[k].Rounds))
                foreach (var (id, x) in ra.Positions)
                    Assert.Equal(Map(x), rb.Positions[id], 9);
        }
    }

    [Fact]
    public void Run_Stochastic_SameSeedSameRun_OtherSeedOtherRun()
    {
        var scenario = SmpRandomScenario.Create(30, 2, 5);
        var settings = new Dictionary<string, string> { ["smp.transitions"] = "stochastic", ["smp.maxTurns"] = "15" };
        var a = Forecast(scenario, settings, 7);
        var b = Forecast(scenario, settings, 7);
        var c = Forecast(scenario, settings, 8);
        Assert.Equal(a.Issues.Select(i => i.Forecast), b.Issues.Select(i => i.Forecast));
        Assert.Equal(a.Issues[0].Rounds[^1].Positions, b.Issues[0].Rounds[^1].Positions);
        Assert.NotEqual(a.Issues[0].Rounds.Select(r => r.Mean), c.Issues[0].Rounds.Select(r => r.Mean));
        Assert.Equal("7", a.Options["seed"]);
        Assert.Equal("stochastic", a.Options["smp.transitions"]);
    }

    [Fact]
    public void Run_ActorWithoutPositionOnAnIssue_IsPlacedAtTheStatusQuoWithNoSalience()
    {
        var scenario = new ScenarioBuilder("gap")
            .Issue("tax", 0, 10, statusQuo: 4).Issue("war", 0, 100)
            .Actor("a", 100, ("tax", 2, 60), ("war", 30, 40))
            .Actor("b", 80, ("tax", 8, 50), ("war", 70, 50))
            .Actor("c", 60, ("tax", 5, 90))
            .Actor("d", 40, ("tax", 9, 30), ("war", 90, 90))
            .Build();
        var result = Forecast(scenario);
        Assert.Equal(50, result.Issues[1].Rounds[0].Positions["c"], 12); // "war" has no status quo: its midpoint
        Assert.Contains(result.Notes, n => n.Contains("'c' holds no position on 'war'", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("'d': saliences sum to 120", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("smp.votingRule", "majority")]
    [InlineData("smp.maxTurns", "0")]
    [InlineData("smp.idealAdjustment", "1.5")]
    [InlineData("smp.idealAdjustment", "a>nobody=0.2")]
    [InlineData("smp.bargainQuirks", "fixed")]
    public void Run_BadOption_IsAnOptionError(string key, string value)
    {
        var scenario = SmpRandomScenario.Create(5, 1, 1);
        var e = Assert.Throws<ModelOptionException>(() => Forecast(scenario, new Dictionary<string, string> { [key] = value }));
        Assert.Equal(key, e.Key);
    }

    [Fact]
    public void Run_ActorWithNoSalienceAnywhere_IsAnInputError()
    {
        var scenario = new ScenarioBuilder("flat").Issue("x")
            .Actor("a", 10, ("x", 10, 50)).Actor("b", 10, ("x", 90, 0)).Actor("c", 10, ("x", 50, 50)).Build();
        Assert.Throws<ModelInputException>(() => Forecast(scenario));
    }

    [Fact]
    public void Descriptor_ListsEveryOptionKeyTheModelReads()
    {
        var keys = SmpModel.Instance.Descriptor.Options.Select(o => o.Key).ToHashSet();
        Assert.Equal(keys, SmpOptions.Default.ToDictionary().Keys.ToHashSet());
    }
    [Theory]
    [InlineData("dummyData_6Dim.csv")]
    [InlineData("SOE-Policy.csv")]
    [InlineData("SOE-Competitive.csv")]
    public void Run_OtherKtabExamples_StopByTheRuleWithProbabilitiesSummingToOne(string file)
    {
        var result = Forecast(SmpFixtures.Csv(file));
        Assert.All(result.Issues, i => Assert.Equal("converged", i.Convergence!.Status));
        var outcomes = result.Tables.Single(t => t.Name == "smp-outcomes");
        Assert.Equal(1.0, outcomes.Rows.Sum(r => (double)r[1]!), 9);
        Assert.All(result.Issues, i => Assert.InRange(i.Forecast, 0, 100));
    }
    [Fact]
    public void Run_EveryoneAtOnePoint_StopsWithoutMovingAndSaysWhy()
    {
        var scenario = new ScenarioBuilder("same").Issue("x")
            .Actor("a", 10, ("x", 40, 50)).Actor("b", 20, ("x", 40, 60)).Actor("c", 30, ("x", 40, 70)).Build();
        var result = Forecast(scenario);
        Assert.Equal(40, result.Issues[0].Forecast, 12);
        Assert.All(result.Issues[0].Rounds, r => Assert.All(r.Positions.Values, x => Assert.Equal(40, x, 12)));
        Assert.Contains(result.Notes, n => n.Contains("equally likely", StringComparison.Ordinal));
        Assert.Equal(1.0, result.Actors[0].PPrevails, 12);
    }
}
