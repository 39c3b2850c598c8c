using Plenum.Core.Backtesting;
using Plenum.Core.Models;
using Plenum.Core.Models.Baseline;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Backtesting;

public class BacktesterTest
{
    private const string Case = """
        id: case
        title: Case
        issues: [ { id: x, status_quo: 40 } ]
        actors:
          - { id: a, capability: 1, position: { x: 0 } }
          - { id: b, capability: 3, position: { x: 100 } }
        outcome:
          issues: { x: OUTCOME }
        """;

    private static Scenario Load(double outcome) =>
        ScenarioLoader.Load("case.yaml", Case.Replace("OUTCOME", outcome.ToString(System.Globalization.CultureInfo.InvariantCulture))).Scenario!;

    [Fact]
    public void Run_ScoresIssueErrorsAndBaselines()
    {
        // compromise = (0 + 300)/4 = 75; median = 100; status quo = 40; outcome 90
        var report = Backtester.Run([Load(90)], [BaselineModel.Mean], ModelOptions.Default);

        var errors = report.Issues.ToDictionary(i => i.Model, i => i.AbsoluteError);
        Assert.Equal(40, errors["mean"], 12);        // mean 50
        Assert.Equal(50, errors["status-quo"], 12);
        Assert.Equal(15, errors["compromise"], 12);
        Assert.Equal(10, errors["median"], 12);
        var sides = report.Issues.ToDictionary(i => i.Model, i => i.SideCalled);
        Assert.True(sides["median"]);
        Assert.False(sides["status-quo"]);
        var summary = report.Summary.Single(m => m.Model == "compromise");
        Assert.Equal(15, summary.Mae!.Value, 12);
        Assert.Equal(15, summary.NormalisedMae!.Value, 12); // scale 0–100
    }

    [Fact]
    public void Run_OutcomeCannotInfluenceTheForecast()
    {
        // Given the same scenario with two different outcomes
        var low = Backtester.Run([Load(0)], ModelCatalog.All, ModelOptions.Default);
        var high = Backtester.Run([Load(100)], ModelCatalog.All, ModelOptions.Default);

        // Then every model forecasts exactly the same, and only the errors differ
        Assert.Equal(low.Issues.Select(i => (i.Model, i.Forecast)), high.Issues.Select(i => (i.Model, i.Forecast)));
        Assert.NotEqual(low.Issues.Select(i => i.AbsoluteError), high.Issues.Select(i => i.AbsoluteError));
    }

    [Fact]
    public void ProbabilityScore_BrierAndLogLoss()
    {
        var hit = new ProbabilityScore("s", "m", "motion", "x", 0.8, true);
        var miss = new ProbabilityScore("s", "m", "motion", "x", 0.8, false);
        Assert.Equal(0.04, hit.Brier, 12);
        Assert.Equal(0.64, miss.Brier, 12);
        Assert.Equal(-Math.Log(0.8), hit.LogLoss, 12);
        Assert.Equal(-Math.Log(0.2), miss.LogLoss, 12);
        Assert.True(hit.Called);
        Assert.False(miss.Called);
        Assert.Equal(-Math.Log(ProbabilityScore.Epsilon), new ProbabilityScore("s", "m", "motion", "x", 0, true).LogLoss, 9);
    }

    [Fact]
    public void Run_ScenarioWithoutOutcome_IsNotScoredButNoted()
    {
        var s = Load(50).WithoutOutcome();
        var report = Backtester.Run([s], [BaselineModel.Mean], ModelOptions.Default);
        Assert.Empty(report.Issues);
        Assert.Equal("case: no outcome section; not scored", Assert.Single(report.Notes));
    }
}
