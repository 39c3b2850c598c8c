using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>
/// The Scholz-code profile against the reference vectors (Fixtures/bdm/bdm-vectors.json), round by round.
/// Tolerance 1e-9 relative (notes §4.4): the reference sums D in another order, which moves the last bits only.
/// </summary>
public partial class BdmModelTest
{
    private const double Tolerance = 1e-9;

    private static ForecastResult RunCase(string csv, params (string Key, string Value)[] set)
    {
        var options = new ModelOptions(set.ToDictionary(s => s.Key, s => s.Value));
        return BdmModel.Instance.Run(BdmFixtures.Table(csv), options, RandomStream.FromSeed(1));
    }

    [Theory]
    [InlineData("eu10_emissions", "eu10-car-emissions.csv")]
    [InlineData("toy3", "toy3.csv")]
    public void Run_ScholzProfile_MatchesVectorsEveryRound(string caseName, string csv)
    {
        var v = BdmFixtures.Vectors(caseName);
        var actors = BdmFixtures.Strings(v.GetProperty("actors"));
        var result = RunCase(csv, ("bdm.rounds", "10"));
        var issue = Assert.Single(result.Issues);

        BdmFixtures.Close(v.GetProperty("position0").EnumerateArray().Select(e => e.GetDouble()).First(), issue.Rounds[0].Positions[actors[0]], 0, "round 0");
        foreach (var round in v.GetProperty("rounds").EnumerateArray())
        {
            var t = round.GetProperty("round").GetInt32();
            var state = issue.Rounds[t];
            var positions = BdmFixtures.Doubles(round.GetProperty("positions"));
            for (var i = 0; i < actors.Length; i++)
                BdmFixtures.Close(positions[i], state.Positions[actors[i]], Tolerance, $"round {t} position of {actors[i]}");
            BdmFixtures.Close(round.GetProperty("mean").GetDouble(), state.Mean, Tolerance, $"round {t} mean");
            BdmFixtures.Close(round.GetProperty("weighted_median").GetDouble(), state.Median, Tolerance, $"round {t} median");
        }
    }

    [Theory]
    [InlineData("eu10_emissions", "eu10-car-emissions.csv")]
    [InlineData("toy3", "toy3.csv")]
    public void Run_ScholzProfile_RiskExponentsMatchVectorsEveryRound(string caseName, string csv)
    {
        var v = BdmFixtures.Vectors(caseName);
        var actors = BdmFixtures.Strings(v.GetProperty("actors"));
        var risk = RunCase(csv, ("bdm.rounds", "10")).Tables.Single(t => t.Name == "risk");

        var pass1 = v.GetProperty("round1_pass1");
        var security = BdmFixtures.Doubles(pass1.GetProperty("security"));
        var attitude = BdmFixtures.Doubles(pass1.GetProperty("R"));
        for (var i = 0; i < actors.Length; i++)
        {
            var row = risk.Rows.Single(r => (int)r[0]! == 1 && (string)r[2]! == actors[i]);
            BdmFixtures.Close(security[i], (double)row[3]!, Tolerance, $"security of {actors[i]}");
            BdmFixtures.Close(attitude[i], (double)row[4]!, Tolerance, $"R of {actors[i]}");
        }
        foreach (var round in v.GetProperty("rounds").EnumerateArray())
        {
            var t = round.GetProperty("round").GetInt32();
            var r = BdmFixtures.Doubles(round.GetProperty("r"));
            for (var i = 0; i < actors.Length; i++)
            {
                var row = risk.Rows.Single(x => (int)x[0]! == t && (string)x[2]! == actors[i]);
                BdmFixtures.Close(r[i], (double)row[5]!, Tolerance, $"round {t} r of {actors[i]}");
            }
        }
    }

    [Theory]
    [InlineData("eu10_emissions", "eu10-car-emissions.csv")]
    [InlineData("toy3", "toy3.csv")]
    public void Run_ScholzProfile_AcceptedOffersMatchVectorMoves(string caseName, string csv)
    {
        var v = BdmFixtures.Vectors(caseName);
        var offers = RunCase(csv, ("bdm.rounds", "10")).Tables.Single(t => t.Name == "offers");
        foreach (var round in v.GetProperty("rounds").EnumerateArray())
        {
            var t = round.GetProperty("round").GetInt32();
            var accepted = offers.Rows.Where(r => (int)r[0]! == t && (string)r[9]! == "yes").ToList();
            var moves = round.GetProperty("moves").EnumerateArray().ToList();
            Assert.Equal(moves.Count, accepted.Count);
            foreach (var move in moves)
            {
                var mover = move.GetProperty("actor").GetString();
                var row = Assert.Single(accepted, r => (string)r[3]! == mover);
                Assert.Equal(move.GetProperty("towards").GetString(), row[2]);
                Assert.Equal(move.GetProperty("type").GetString(), row[4]);
                BdmFixtures.Close(move.GetProperty("a").GetDouble(), (double)row[5]!, Tolerance, $"round {t} a of {mover}");
                BdmFixtures.Close(move.GetProperty("b").GetDouble(), (double)row[6]!, Tolerance, $"round {t} b of {mover}");
                BdmFixtures.Close(move.GetProperty("new_position").GetDouble(), (double)row[8]!, Tolerance, $"round {t} move of {mover}");
            }
        }
    }

    [Fact]
    public void Run_ScholzProfile_Eu10MatchesExactValuesOfNotes()
    {
        // Notes §4.1.2: means R0..R10 and the round-3 and round-10 positions of Belgium, Luxembourg, Ireland.
        double[] means =
        [
            7.389955686853767, 7.461314378277189, 7.552500865855845, 7.590144997451547, 7.358130531334201, 7.3491739896752115,
            7.414877545372958, 7.510457183677219, 7.5724470975503, 7.324989065683666, 7.242130958473938,
        ];
        var issue = RunCase("eu10-car-emissions.csv").Issues.Single();
        for (var t = 0; t <= 10; t++) BdmFixtures.Close(means[t], issue.Rounds[t].Mean, Tolerance, $"mean R{t}");
        BdmFixtures.Close(9.961979590401311, issue.Rounds[3].Positions["Belgium"], Tolerance, "Belgium R3");
        BdmFixtures.Close(9.610859134120188, issue.Rounds[3].Positions["Luxembourg"], Tolerance, "Luxembourg R3");
        BdmFixtures.Close(8.415932315426764, issue.Rounds[3].Positions["Ireland"], Tolerance, "Ireland R3");
        BdmFixtures.Close(4.291541224979646, issue.Rounds[10].Positions["Belgium"], Tolerance, "Belgium R10");
        BdmFixtures.Close(4.144849062500606, issue.Rounds[10].Positions["Ireland"], Tolerance, "Ireland R10");
    }

    [Fact]
    public void Run_ScholzProfile_Eu10RoundOneQuadrantsMatchFigure7And10()
    {
        // Notes §4.1.2 tables of a and b (4 decimals) and Scholz Fig. 7 (view from Belgium), Fig. 10 (from Luxembourg).
        var eu = RunCase("eu10-car-emissions.csv").Tables.Single(t => t.Name == "expected-utilities");
        object?[] Row(string actor, string other) => eu.Rows.Single(r => (int)r[0]! == 1 && (string)r[2]! == actor && (string)r[3]! == other).ToArray();
        BdmFixtures.Close(-0.8320, (double)Row("Belgium", "Denmark")[4]!, 5e-5, "E^Bel(U_Bel,Den)");
        BdmFixtures.Close(0.2423, (double)Row("Belgium", "Denmark")[5]!, 5e-5, "E^Bel(U_Den,Bel)");
        BdmFixtures.Close(0.6060, (double)Row("Belgium", "Luxembourg")[4]!, 5e-5, "E^Bel(U_Bel,Lux)");
        BdmFixtures.Close(-2.0587, (double)Row("Netherlands", "UK")[4]!, 5e-5, "E^Net(U_Net,UK)");
        BdmFixtures.Close(-1.6523, (double)Row("Netherlands", "UK")[5]!, 5e-5, "E^Net(U_UK,Net)");
        BdmFixtures.Close(2.0206, (double)Row("Luxembourg", "France")[5]!, 5e-5, "E^Lux(U_Fra,Lux)");
        // Fig. 10's x axis is France's own estimate E^Fra(U_Fra,Lux) ≈ 1.15 (notes: 1.146).
        BdmFixtures.Close(1.1460, (double)Row("Luxembourg", "France")[7]!, 5e-5, "E^Fra(U_Fra,Lux)");
    }

    [Fact]
    public void Run_ScholzProfile_Eu10RoundOneProbabilitiesMatchNotes()
    {
        var input = Eu10Input();
        var pass1 = SuccessProbability.Compute(ProbabilityRule.ScholzCode, input.Positions, input.Weights, null, 6);
        BdmFixtures.Close(28.2330, pass1.GlobalDenominator, 5e-5 / 28.2330, "D pass 1");
        var s = pass1.Support;
        Assert.Equal([4.0, 7.0, 10.0], s.Distinct);
        double[,] expected = { { 0, 0.00439202, 0.00878405 }, { 0.00759749, 0, 0.00603903 }, { 0.01190097, 0.00595048, 0 } };
        for (var a = 0; a < 3; a++)
        for (var b = 0; b < 3; b++)
            BdmFixtures.Close(expected[a, b], pass1.Of(a, b), 5e-9, $"P pass 1 ({s.Distinct[a]}, {s.Distinct[b]})");

        var risk = BdmFixtures.Doubles(BdmFixtures.Vectors("eu10_emissions").GetProperty("round1_pass1").GetProperty("r"));
        var pass2 = SuccessProbability.Compute(ProbabilityRule.ScholzCode, input.Positions, input.Weights, risk, 6);
        BdmFixtures.Close(28.333460, pass2.GlobalDenominator, 5e-7 / 28.33346, "D pass 2");
        BdmFixtures.Close(0.00314775, pass2.Of(0, 1), 5e-9, "P pass 2 (4, 7)");
        BdmFixtures.Close(0.00458258, pass2.Of(2, 1), 5e-9, "P pass 2 (10, 7)");
    }

    [Fact]
    public void Run_Toy3_ClosedFormsOfNotes()
    {
        // Notes §4.1.5: D = 9; P(A,B) = 1/18; P(A,C) = 1/9; P(B,A) = P(B,C) = 1/12; E(U_AB) = 0.0555…, E(U_AC) = −1.5555…, E(U_BA) = −0.8333….
        var scenario = BdmFixtures.Table("toy3.csv");
        var input = BdmIssueInput.For(scenario, scenario.Issues[0], RangeRule.Initial);
        var p = SuccessProbability.Compute(ProbabilityRule.ScholzCode, input.Positions, input.Weights, null, 100);
        Assert.Equal(9, p.GlobalDenominator, 12);
        Assert.Equal(1.0 / 18, p.Of(0, 1), 14);
        Assert.Equal(1.0 / 9, p.Of(0, 2), 14);
        Assert.Equal(1.0 / 12, p.Of(1, 0), 14);
        Assert.Equal(1.0 / 12, p.Of(1, 2), 14);
        var eu = new ExpectedUtility(1, ImprovementRule.ByDistance, double.NaN, 100);
        Assert.Equal(1.0 / 18, eu.Of(1, 0, 50, p.Of(0, 1), 0.5), 12);
        Assert.Equal(-14.0 / 9, eu.Of(1, 0, 100, p.Of(0, 2), 1), 12);
        Assert.Equal(-5.0 / 6, eu.Of(1, 50, 0, p.Of(1, 0), 1), 12);
    }

    internal static BdmIssueInput Eu10Input()
    {
        var scenario = BdmFixtures.Table("eu10-car-emissions.csv");
        return BdmIssueInput.For(scenario, scenario.Issues[0], RangeRule.Initial);
    }
}
