using Plenum.Core.Models;
using Plenum.Core.Models.Baseline;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Baseline;

public class BaselineModelTest
{
    // Positions 0, 50, 100; capabilities 1, 2, 3; saliences 100, 50, 100 → weights c·s = 1, 1, 3.
    private static readonly Scenario Three = new ScenarioBuilder("three")
        .Issue("x")
        .Actor("a", 1, ("x", 0, 100))
        .Actor("b", 2, ("x", 50, 50))
        .Actor("c", 3, ("x", 100, 100))
        .Build();

    private static double Forecast(IForecastModel model, Scenario s, string issue = "x") =>
        model.Run(s, ModelOptions.Default, RandomStream.FromSeed(1)).Issues.Single(i => i.Id == issue).Forecast;

    [Fact]
    public void Mean_IsUnweightedAverage() => Assert.Equal(50, Forecast(BaselineModel.Mean, Three), 12);

    [Fact]
    public void Compromise_WeightsByCapabilityTimesSalience() =>
        // (1·0 + 1·50 + 3·100) / 5 = 70
        Assert.Equal(70, Forecast(BaselineModel.Compromise, Three), 12);

    [Fact]
    public void Median_IsWhereCumulativeWeightPassesHalf() =>
        // cumulative weights 1, 2, 5 over positions 0, 50, 100; half of 5 is reached at 100
        Assert.Equal(100, Forecast(BaselineModel.Median, Three), 12);

    [Fact]
    public void Run_MultiIssue_ForecastsEachIssueOverItsOwnActors()
    {
        var s = new ScenarioBuilder("two")
            .Issue("x").Issue("y", -10, 10)
            .Actor("a", 1, ("x", 20, 100), ("y", -10, 100))
            .Actor("b", 1, ("x", 40, 100))
            .Actor("c", 2, ("y", 5, 100))
            .Build();

        var result = BaselineModel.Compromise.Run(s, ModelOptions.Default, RandomStream.FromSeed(1));

        Assert.Equal(30, result.Issues[0].Forecast, 12);
        Assert.Equal(0, result.Issues[1].Forecast, 12); // (1·−10 + 2·5)/3
        Assert.Equal(["a", "c"], result.Issues[1].Rounds[0].Positions.Keys);
    }

    [Fact]
    public void Run_IssueWithoutActors_IsAnInputError()
    {
        var s = new ScenarioBuilder("empty").Issue("x").Issue("y").Actor("a", 1, ("x", 1, 100)).Build();
        Assert.Throws<ModelInputException>(() => BaselineModel.Median.Run(s, ModelOptions.Default, RandomStream.FromSeed(1)));
    }
}
