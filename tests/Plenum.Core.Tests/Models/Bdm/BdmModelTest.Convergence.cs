using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>Stopping: fixed points, cycles, the stopping rules; and the position tolerance.</summary>
public partial class BdmModelTest
{
    [Fact]
    public void Run_Eu10LongRun_ReportsCycleOfSeventyRounds()
    {
        // Notes §4.1.3: the EU-10 state becomes exactly periodic with period 70. Where the period starts depends on
        // summation order (the notes' Python reaches it at round 153, this model at round 258); the period does not.
        var result = RunCase("eu10-car-emissions.csv", ("bdm.rounds", "1000"), ("bdm.detail", "none"));
        var issue = result.Issues[0];
        var c = issue.Convergence!;
        Assert.Equal("cycle", c.Status);
        Assert.Equal(70, c.CycleLength);
        Assert.Equal(c.CycleStart + c.CycleLength, c.Rounds);
        Assert.Equal(c.Rounds + 1, issue.Rounds.Count);
        foreach (var (actor, x) in issue.Rounds[c.Rounds].Positions)
            Assert.True(Math.Abs(x - issue.Rounds[c.CycleStart!.Value].Positions[actor]) <= 6e-9);
        var cycleMedians = issue.Rounds.Skip(c.CycleStart!.Value).Take(70).Select(s => s.Median).ToList();
        Assert.Equal(cycleMedians.Average(), issue.Forecast, 12);
        Assert.Contains(result.Notes, n => n.Contains("does not converge") && n.Contains("cycle of 70"));
    }

    [Fact]
    public void Run_Eu10LongRun_KeepsNotesInvariants()
    {
        // Notes §4.4: test invariants, not positions, beyond round 20: positions stay in the initial hull, only
        // Belgium, Luxembourg and Ireland move, and the mean stays in [7.233, 7.607]. R50 ≈ 4.3393, 4.2059; mean 7.2454.
        var issue = RunCase("eu10-car-emissions.csv", ("bdm.rounds", "300"), ("bdm.detail", "none")).Issues[0];
        var start = issue.Rounds[0].Positions;
        Assert.All(issue.Rounds, s => Assert.All(s.Positions.Values, x => Assert.InRange(x, 4, 10)));
        var movers = issue.Rounds.SelectMany(s => s.Positions.Where(p => p.Value != start[p.Key]).Select(p => p.Key)).Distinct().Order();
        Assert.Equal(["Belgium", "Ireland", "Luxembourg"], movers);
        Assert.All(issue.Rounds.Skip(1), s => Assert.InRange(s.Mean, 7.2327, 7.6071));
        Assert.Equal(4.3393, issue.Rounds[50].Positions["Belgium"], 4);
        Assert.Equal(4.2059, issue.Rounds[50].Positions["Luxembourg"], 4);
        Assert.Equal(7.2454, issue.Rounds[50].Mean, 4);
    }

    [Fact]
    public void Run_Eu10DefaultRounds_StopsAtLimitAndSaysSo()
    {
        var result = RunCase("eu10-car-emissions.csv");
        var issue = result.Issues[0];
        Assert.Equal(new Convergence("round-limit", 10), issue.Convergence);
        Assert.Equal(11, issue.Rounds.Count);
        Assert.Equal(issue.Rounds[10].Median, issue.Forecast);
        Assert.Contains(result.Notes, n => n.Contains("round limit (10)"));
    }

    [Fact]
    public void Run_Toy3_FixedPointAfterRoundOne()
    {
        var issue = RunCase("toy3.csv").Issues[0];
        Assert.Equal(new Convergence("converged", 1), issue.Convergence);
        Assert.Equal(2, issue.Rounds.Count);
        Assert.Equal(50, issue.Forecast);
    }

    [Fact]
    public void Run_MedianStoppingRule_StopsOnceMedianSettles()
    {
        // With the opponent's own exponent the EU-10 median climbs to 10 and stays (notes §4.1.6).
        var issue = RunCase("eu10-car-emissions.csv", ("bdm.perspective", "own"), ("bdm.stop", "median"),
            ("bdm.median-tolerance", "0.001"), ("bdm.stable-rounds", "2"), ("bdm.rounds", "100")).Issues[0];
        Assert.Equal("converged", issue.Convergence!.Status);
        Assert.InRange(issue.Convergence.Rounds, 3, 12);
        Assert.Equal(10, issue.Forecast, 2);
    }

    [Fact]
    public void Run_RmsStoppingRule_StopsWhenChangesAreSmall()
    {
        var issue = RunCase("eu10-car-emissions.csv", ("bdm.perspective", "own"), ("bdm.stop", "rms"), ("bdm.rounds", "100")).Issues[0];
        Assert.Equal("converged", issue.Convergence!.Status);
        Assert.True(issue.Convergence.Rounds < 100);
    }

    [Fact]
    public void Run_ForecastMean_ReportsFinalMean()
    {
        var issue = RunCase("eu10-car-emissions.csv", ("bdm.forecast", "mean")).Issues[0];
        Assert.Equal(7.242130958473938, issue.Forecast, 9);
    }

    [Fact]
    public void Run_PositionsWithinTolerance_BehaveAsEqual()
    {
        // Belgium 1e-13 away from Ireland and Greece (all at 7). Treated as equal, the run follows the vectors.
        // Compared exactly, Belgium becomes Ireland's nearest "opponent" and wins a confrontation over rounding
        // noise, so Ireland stays at 7 instead of moving to 4 in round 1, and the whole path changes
        // (round-5 median 7.0 instead of 9.96).
        var scenario = NudgedEu10(1e-13);
        var vectors = BdmFixtures.Vectors("eu10_emissions").GetProperty("rounds");
        var snapped = BdmModel.Instance.Run(scenario, ModelOptions.Default, RandomStream.FromSeed(1)).Issues[0];
        foreach (var round in vectors.EnumerateArray())
        {
            var t = round.GetProperty("round").GetInt32();
            BdmFixtures.Close(round.GetProperty("mean").GetDouble(), snapped.Rounds[t].Mean, Tolerance, $"mean R{t}");
        }
        var exact = BdmModel.Instance.Run(scenario, new ModelOptions(new Dictionary<string, string>
        {
            ["bdm.position-tolerance"] = "0", ["bdm.utility-tolerance"] = "0",
        }), RandomStream.FromSeed(1)).Issues[0];
        Assert.Equal(7, exact.Rounds[1].Positions["Ireland"], 9);
        Assert.Equal(7, exact.Rounds[5].Median, 9);
        Assert.Equal(4, snapped.Rounds[1].Positions["Ireland"], 9);
    }

    private static Scenario NudgedEu10(double nudge)
    {
        var eu10 = BdmFixtures.Table("eu10-car-emissions.csv");
        var belgium = eu10.FindActor("Belgium")!;
        var moved = belgium with { Position = new Dictionary<string, UncertainValue> { ["issue"] = 7 + nudge } };
        return eu10.WithActor(moved);
    }
}
