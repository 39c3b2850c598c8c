using Plenum.Core.Power;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Power;

public class BodyGameTest
{
    private static ScenarioBuilder Politburo() => new ScenarioBuilder("test")
        .Issue("line")
        .Actor("stalin", 100, ("line", 80, 90)).Actor("molotov", 60, ("line", 75, 80)).Actor("kirov", 50, ("line", 40, 60))
        .Actor("bukharin", 40, ("line", 20, 90)).Actor("rykov", 30, ("line", 25, 70)).Actor("kaganovich", 45, ("line", 85, 60))
        .Actor("zhdanov", 20, ("line", 60, 40));

    [Fact]
    public void From_Majority_NeedsMoreThanHalf()
    {
        var scenario = Politburo().Body("pb", ["stalin", "molotov", "kirov", "bukharin"], candidates: ["zhdanov"]).Build();
        var game = BodyGame.From(scenario, "pb");
        Assert.Equal(["stalin", "molotov", "kirov", "bukharin"], game.Players);
        Assert.Equal(3, game.Quota);
        Assert.False(game.Wins(["stalin", "molotov"]));
        Assert.True(game.Wins(["stalin", "molotov", "kirov"]));
    }

    [Fact]
    public void From_TwoThirdsAndUnanimity_UseTheirQuotas()
    {
        var members = new[] { "stalin", "molotov", "kirov", "bukharin", "rykov", "kaganovich" };
        var scenario = Politburo()
            .Body("two", members, new DecisionRule(DecisionRuleKind.TwoThirds, null, null))
            .Body("all", members, new DecisionRule(DecisionRuleKind.Unanimity, null, null))
            .Build();
        Assert.Equal(4, BodyGame.From(scenario, "two").Quota);
        Assert.Equal(6, BodyGame.From(scenario, "all").Quota);
        var veto = PowerIndexCalculator.Compute(BodyGame.From(scenario, "all"), PowerIndex.ShapleyShubik);
        Assert.Equal(6, veto.VetoPlayers.Count);
        Assert.All(veto[PowerIndex.ShapleyShubik].Values, v => Assert.Equal("1/6", v.Exact));
    }

    [Fact]
    public void From_WeightedQuota_UsesWeights()
    {
        var rule = new DecisionRule(DecisionRuleKind.WeightedQuota, 6, new Dictionary<string, double> { ["stalin"] = 4, ["molotov"] = 3, ["kirov"] = 2, ["bukharin"] = 1 });
        var scenario = Politburo().Body("council", ["stalin", "molotov", "kirov", "bukharin"], rule).Build();
        var result = PowerIndexCalculator.Compute(BodyGame.From(scenario, "council"), PowerIndex.ShapleyShubik);
        Assert.Equal(["5/12", "1/4", "1/4", "1/12"], result[PowerIndex.ShapleyShubik].Values.Select(v => v.Exact));
    }

    [Fact]
    public void From_JointSession_CountsEachMemberOnce()
    {
        var scenario = Politburo()
            .Body("pb", ["stalin", "molotov", "kirov"])
            .Body("orgburo", ["kaganovich", "stalin", "zhdanov"])
            .Body("joint", ["pb", "orgburo", "rykov"])
            .Build();
        var game = BodyGame.From(scenario, "joint");
        Assert.Equal(["stalin", "molotov", "kirov", "kaganovich", "zhdanov", "rykov"], game.Players);
        Assert.Equal(4, game.Quota);
    }

    [Fact]
    public void CompoundOfBodies_PolitburoThenPlenum_GivesPolitburoMembersMorePower()
    {
        var scenario = Politburo()
            .Body("pb", ["stalin", "molotov", "kaganovich"])
            .Body("plenum", ["stalin", "molotov", "kirov", "bukharin", "rykov", "kaganovich", "zhdanov"])
            .Build();
        var game = CompoundGame.And(BodyGame.From(scenario, "pb"), BodyGame.From(scenario, "plenum"));
        var result = PowerIndexCalculator.Compute(game, [PowerIndex.Banzhaf, PowerIndex.ShapleyShubik]);
        var ss = result[PowerIndex.ShapleyShubik];
        Assert.True(ss["stalin"].Value > ss["kirov"].Value);
        Assert.Equal(ss["kirov"].Value, ss["zhdanov"].Value, 1e-15);
        Assert.Equal(1.0, ss.Values.Sum(v => v.Value), 1e-12);
        Assert.Empty(result.VetoPlayers);
    }

    [Fact]
    public void From_UnknownMember_Throws()
    {
        var scenario = Politburo().Body("pb", ["stalin", "nobody"]).Build();
        Assert.Throws<ArgumentException>(() => BodyGame.From(scenario, "pb"));
    }
}
