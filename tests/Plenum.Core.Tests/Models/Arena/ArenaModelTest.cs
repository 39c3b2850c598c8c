using Plenum.Core.Models;
using Plenum.Core.Models.Arena;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Arena;

/// <summary>Each mechanism of the arena model, switched on and off, moves the outcome the way it predicts.</summary>
public class ArenaModelTest
{
    private static ForecastResult Run(Scenario scenario, params (string Key, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => s.Key, s => s.Value);
        values.TryAdd("arena.runs", "20000");
        return ArenaModel.Instance.Run(scenario, new ModelOptions(values, seed: 5), RandomStream.ForRun(5, 0));
    }

    private static double Pass(ForecastResult r, string motion = "m") => r.Motions.Single(m => m.Id == motion).PPass;

    /// <summary>Five members on a 0–100 line, status quo 50; a motion to move to <paramref name="proposal"/>.</summary>
    private static ScenarioBuilder Committee(double proposal, string? convener = null)
    {
        var b = new ScenarioBuilder("arena").Issue("line", 0, 100, statusQuo: 50)
            .Actor("a", 50, ("line", 80, 100)).Actor("b", 40, ("line", 75, 100)).Actor("c", 30, ("line", 70, 100))
            .Actor("d", 60, ("line", 20, 100)).Actor("e", 20, ("line", 25, 100));
        return b.Body("committee", ["a", "b", "c", "d", "e"], convener: convener)
            .Motion("m", MotionKind.Policy, "committee", issue: "line", proposal: proposal);
    }

    [Fact]
    public void Run_Utilities_MotionTowardMajorityPassesAndAwayFails()
    {
        var toward = Run(Committee(75).Build(), ("arena.bandwagon", "false"));
        var away = Run(Committee(25).Build(), ("arena.bandwagon", "false"));
        Assert.True(Pass(toward) > 0.8, $"toward {Pass(toward)}");
        Assert.True(Pass(away) < 0.2, $"away {Pass(away)}");
        var a = toward.Actors.Single(x => x.Id == "a");
        var d = toward.Actors.Single(x => x.Id == "d");
        Assert.True(a.PPrevails > d.PPrevails);
    }

    [Fact]
    public void Run_Bandwagon_ExposedMembersJoinTheExpectedWinner()
    {
        // c is lukewarm (proposal 60 barely helps it), so passing is likely but not certain; bandwagoning raises it.
        var scenario = Committee(60).Build();
        var without = Run(scenario, ("arena.bandwagon", "false"));
        var with = Run(scenario, ("arena.bandwagon", "true"));
        Assert.True(Pass(without) > 0.5, $"baseline {Pass(without)}");
        Assert.True(Pass(with) > Pass(without) + 0.02, $"with {Pass(with)} without {Pass(without)}");
        var yesWithout = YesOf(without, "e");
        var yesWith = YesOf(with, "e");
        Assert.True(yesWith > yesWithout, "the weakest opponent leans toward the expected winner");
    }

    [Fact]
    public void Run_Convener_OpposedConvenerDelaysTheMotion()
    {
        var scenario = Committee(75, convener: "d").Build();
        var without = Run(scenario, ("arena.convener", "false"));
        var with = Run(scenario, ("arena.convener", "true"));
        Assert.True(Pass(with) < Pass(without) - 0.5, $"with {Pass(with)} without {Pass(without)}");
        // d holds salience 100 and arena.convener-block is 0.8: the motion reaches a vote in one run of five.
        Assert.Equal(0.2 * Pass(without), Pass(with), 0.03);
    }

    [Fact]
    public void Run_Appeal_OverrulingBodyReversesTheLowerMajority()
    {
        var scenario = Committee(75)
            .Actor("f", 50, ("line", 10, 100)).Actor("g", 50, ("line", 15, 100)).Actor("h", 50, ("line", 20, 100))
            .Body("plenum", ["a", "b", "c", "d", "e", "f", "g", "h"], overrules: ["committee"])
            .Build();
        // Influence off: the plenum-only members would otherwise already sway the committee from outside.
        var without = Run(scenario, ("arena.appeal", "false"), ("arena.bandwagon", "false"), ("arena.influence", "false"));
        var with = Run(scenario, ("arena.appeal", "true"), ("arena.bandwagon", "false"), ("arena.influence", "false"));
        Assert.True(Pass(without) > 0.8, $"committee alone {Pass(without)}");
        Assert.True(Pass(with) < 0.3, $"after appeal {Pass(with)}");
        Assert.True(with.Motions[0].Bodies.ContainsKey("plenum"));
        Assert.False(without.Motions[0].Bodies.ContainsKey("plenum"));
    }

    [Fact]
    public void Run_Influence_NonVotingPatronCarriesTheMembersNearHim()
    {
        // The motion (to 40) is opposed by the 70–80 bloc; a powerful outsider at 40 pulls the nearby members.
        var scenario = Committee(40).Actor("patron", 400, ("line", 40, 100)).Build();
        var without = Run(scenario, ("arena.influence", "false"), ("arena.bandwagon", "false"));
        var with = Run(scenario, ("arena.influence", "true"), ("arena.bandwagon", "false"));
        Assert.True(Pass(with) > Pass(without) + 0.1, $"with {Pass(with)} without {Pass(without)}");
    }

    [Fact]
    public void Run_Removal_TargetsAreRemovedWhenTheBodyTurnsOnThem()
    {
        var scenario = new ScenarioBuilder("purge").Issue("line", 0, 100, statusQuo: 50)
            .Actor("boss", 100, ("line", 90, 100)).Actor("ally1", 50, ("line", 85, 90)).Actor("ally2", 40, ("line", 80, 90))
            .Actor("rival", 60, ("line", 20, 100)).Actor("friend", 20, ("line", 30, 60))
            .Body("pb", ["boss", "ally1", "ally2", "rival", "friend"], convener: "boss")
            .Motion("purge", MotionKind.Removal, "pb", targets: ["rival"], from: "pb", issue: "line", proposedBy: "boss")
            .Build();
        var result = Run(scenario);
        var rival = result.Actors.Single(a => a.Id == "rival");
        Assert.True(rival.PRemoved > 0.7, $"removed {rival.PRemoved}");
        Assert.Equal(Pass(result, "purge"), rival.PRemoved, 1e-12);
        Assert.Equal(0, result.Actors.Single(a => a.Id == "boss").PRemoved);
    }

    [Fact]
    public void Run_SameSeed_SameResult()
    {
        var scenario = Committee(60).Build();
        Assert.Equal(Pass(Run(scenario)), Pass(Run(scenario)));
    }

    [Fact]
    public void Run_BadOption_Throws()
    {
        Assert.Throws<ModelOptionException>(() => Run(Committee(60).Build(), ("arena.bandwagon", "maybe")));
    }

    private static double YesOf(ForecastResult r, string member) =>
        (double)r.Tables.Single(t => t.Name == "arena-votes").Rows.Single(row => (string)row[2]! == member)[3]!;
}
