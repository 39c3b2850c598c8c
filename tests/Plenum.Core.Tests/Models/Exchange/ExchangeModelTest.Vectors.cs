using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Exchange;

public partial class ExchangeModelTest
{
    private const double Exact = 1e-9;

    private static ExchangeRoundOutcome FirstRound(Scenario scenario, ExchangeOptions? options = null)
    {
        var space = ExchangeSpace.From(scenario);
        return ExchangeRound.Run(space, space.Start, options ?? new ExchangeOptions(), RandomStream.FromSeed(1));
    }

    [Fact]
    public void Round_InterchangeFactoryPair_UsaMovesAllTheWayChinaTo20()
    {
        // Reference notes §1.6(a), first row: Decide's TypeScript test "InterchangeFactory".
        var scenario = new ScenarioBuilder("interchange")
            .Issue("finvol").Issue("finwho")
            .Actor("usa", 1, ("finvol", 0, 70), ("finwho", 80, 50))
            .Actor("china", 1, ("finvol", 100, 50), ("finwho", 0, 80))
            .Build();

        var round = FirstRound(scenario);

        Assert.Equal(1, round.CandidateCount);
        var e = Assert.Single(round.Executed);
        Assert.Equal((0, 1), (e.I.Actor, e.I.Supply));           // USA moves on finwho…
        Assert.Equal(80.0, e.I.Position, Exact);
        Assert.Equal(0.0, e.I.Voting, Exact);                    // …all the way, "move 80"
        Assert.Equal((1, 0), (e.J.Actor, e.J.Supply));           // China moves on finvol
        Assert.Equal(20.0, e.J.Voting, Exact);
        Assert.Equal(100.0 / 3, e.ShiftP, Exact);                // dp 33.3333
        Assert.Equal(400.0 / 13, e.ShiftQ, Exact);               // dq 30.7692
        Assert.Equal(7.948717948717949, e.Gain, Exact);
        Assert.Equal(e.GainI, e.GainJ, Exact);
    }

    [Fact]
    public void Round_RexFixturePair_GainIs500OnDecidesSalienceScale()
    {
        // Reference notes §1.6(a), second row: Decide's test_rex fixture, saliences given on 0–100.
        var scenario = new ScenarioBuilder("rex")
            .Issue("i1").Issue("i2")
            .Actor("a1", 1, ("i1", 0, 10), ("i2", 0, 90))
            .Actor("a2", 1, ("i1", 100, 60), ("i2", 100, 50))
            .Build();
        var space = ExchangeSpace.From(scenario);
        Assert.Equal(85 + 5.0 / 7, space.Mean(0, space.Start), Exact);
        Assert.Equal(35 + 5.0 / 7, space.Mean(1, space.Start), Exact);

        var e = Assert.Single(FirstRound(scenario).Executed);

        Assert.Equal((0, 0, 0.0, 100.0), (e.J.Actor, e.J.Supply, e.J.Position, Math.Round(e.J.Voting, 9)));
        Assert.Equal((1, 1, 100.0, 80.0), (e.I.Actor, e.I.Supply, e.I.Position, Math.Round(e.I.Voting, 9)));
        Assert.Equal(100.0 / 7, e.ShiftP, Exact);               // 14.2857
        Assert.Equal(50.0 / 7, e.ShiftQ, Exact);                // 7.1429
        // Plenum's gains use salience as a fraction (0–1), Decide's fixture used 0–100 directly: 500 = 5 × 100.
        Assert.Equal(500.0, e.Gain * 100, 1e-7);
    }

    [Fact]
    public void Round_SampleDataFirstRound_CandidateSetMatchesReference()
    {
        var round = FirstRound(ExchangeFixtures.SampleData());

        Assert.Equal(240, round.CandidateCount);
        Assert.Equal(230, round.ValidAtCreation);
        Assert.Equal(69.7805139130, round.InitialGains.Sum(), 1e-9);
        var top = round.InitialGains.OrderByDescending(g => g).Take(5).ToArray();
        Assert.Equal(1.973684210526315789473684214, top[0], 1e-12);   // Decide's test_model.py
        Assert.Equal(1.79263630876534102340553952, top[1], 1e-12);
        Assert.Equal(1.741486068111, top[2], 1e-12);
        Assert.Equal(1.534365325077, top[3], 1e-12);
        Assert.Equal(1.454293628809, top[4], 1e-12);
    }

    [Fact]
    public void Round_SampleDataFirstRound_TopTwoExchangesMatchReference()
    {
        var scenario = ExchangeFixtures.SampleData();
        var space = ExchangeSpace.From(scenario);
        var round = FirstRound(scenario);

        string Describe(ExchangeSide s) =>
            $"{space.ActorIds[s.Actor]} {space.Issues[s.Supply].Id} {space.Denormalise(s.Supply, s.Position):0.####}->{space.Denormalise(s.Supply, s.Voting):0.####}";
        var first = round.Executed[0];
        var second = round.Executed[1];

        // Willems extra-investering 25→100 ⇄ Wcentr tolheffing 0→61.0512; Wcentr ring 100→25 ⇄ PvdA woonwerkverkeer 100→0.1488.
        Assert.Equal(["willems extra-investering 25->100", "wcentr tolheffing-binnenstad 0->61.0512"],
            new[] { first.I, first.J }.Select(Describe).OrderByDescending(s => s.StartsWith("willems")));
        Assert.Equal(["wcentr kleine-of-grote-ring 100->25", "pvda woonwerkverkeer 100->0.1488"],
            new[] { second.I, second.J }.Select(Describe).OrderByDescending(s => s.StartsWith("wcentr")));
        Assert.Equal(1.973684210526315789473684214, first.Gain, 1e-12);
        Assert.Equal(1.79263630876534102340553952, second.Gain, 1e-12);
    }
}
