using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>Scenarios the model refuses, built in code (the loader would refuse most of them first).</summary>
public partial class BdmModelTest
{
    private static ModelInputException Refused(Scenario scenario, ModelOptions? options = null) =>
        Assert.Throws<ModelInputException>(() => BdmModel.Instance.Run(scenario, options ?? ModelOptions.Default, RandomStream.FromSeed(1)));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(double.NaN)]
    public void Run_CapabilityNotPositive_NamesActorAndIssue(double capability)
    {
        var scenario = new ScenarioBuilder("s").Issue("tax").Actor("ann", 1, ("tax", 10, 50)).Actor("bob", capability, ("tax", 90, 50)).Build();
        var e = Refused(scenario);
        Assert.Contains("'bob'", e.Message);
        Assert.Contains("'tax'", e.Message);
        Assert.Contains("capability", e.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void Run_SalienceOutOfRange_NamesActorAndIssue(double salience)
    {
        var scenario = new ScenarioBuilder("s").Issue("tax").Actor("ann", 1, ("tax", 10, 50)).Actor("bob", 1, ("tax", 90, salience)).Build();
        var e = Refused(scenario);
        Assert.Contains("salience of 'bob' on 'tax'", e.Message);
        Assert.Contains("0 to 100", e.Message);
    }

    [Fact]
    public void Run_OneActorOnIssue_Refused()
    {
        var scenario = new ScenarioBuilder("s").Issue("tax").Issue("war")
            .Actor("ann", 1, ("tax", 10, 50), ("war", 5, 50)).Actor("bob", 1, ("tax", 90, 50)).Build();
        var e = Refused(scenario);
        Assert.Contains("issue 'war' has 1 actor", e.Message);
    }

    [Fact]
    public void Run_AllPositionsEqual_Refused()
    {
        var scenario = new ScenarioBuilder("s").Issue("tax").Actor("ann", 1, ("tax", 40, 50)).Actor("bob", 2, ("tax", 40, 90)).Build();
        var e = Refused(scenario);
        Assert.Contains("every actor on issue 'tax' holds the same position 40", e.Message);
    }

    [Fact]
    public void Run_ScaleRangeWithPositionOffScale_Refused()
    {
        var scenario = new ScenarioBuilder("s").Issue("tax", 0, 10).Actor("ann", 1, ("tax", 4, 50)).Actor("bob", 2, ("tax", 40, 90)).Build();
        var e = Refused(scenario, new ModelOptions(new Dictionary<string, string> { ["bdm.range"] = "scale" }));
        Assert.Contains("'bob'", e.Message);
    }

    [Theory]
    [InlineData("bdm.profile", "literal")]
    [InlineData("bdm.rounds", "0")]
    [InlineData("bdm.q", "1.5")]
    [InlineData("bdm.capitulation", "maybe")]
    [InlineData("bdm.offer-choice", "random")]
    public void Run_BadOption_ThrowsModelOptionException(string key, string value)
    {
        var e = Assert.Throws<ModelOptionException>(() =>
            BdmModel.Instance.Run(BdmFixtures.Table("toy3.csv"), new ModelOptions(new Dictionary<string, string> { [key] = value }), RandomStream.FromSeed(1)));
        Assert.Equal(key, e.Key);
    }
}
