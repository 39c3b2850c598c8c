using Plenum.Core.Power;

namespace Plenum.Core.Tests.Power;

/// <summary>The US Electoral College and EU Council reference tables of the power-indices note (§3.2, §3.3).</summary>
public class ReferenceGamesTest
{
    private static readonly PowerIndex[] Exact = [PowerIndex.Banzhaf, PowerIndex.Penrose, PowerIndex.ShapleyShubik, PowerIndex.DeeganPackel, PowerIndex.Holler];

    [Fact]
    public void Compute_ElectoralCollege2024_MatchesReferenceTable()
    {
        var result = PowerIndexCalculator.Compute(PowerFixtures.ElectoralCollege2024(), Exact);
        foreach (var row in PowerFixtures.Read("electoral-college-2024-expected.csv"))
        {
            var state = row["state"];
            // The table prints 10 decimals: tolerance half a unit in the last place.
            Assert.Equal(row.Number("banzhaf"), result[PowerIndex.Banzhaf][state].Value, 5e-11 + 1e-15);
            Assert.Equal(row.Number("penrose"), result[PowerIndex.Penrose][state].Value, 5e-11 + 1e-15);
            Assert.Equal(row.Number("shapley_shubik"), result[PowerIndex.ShapleyShubik][state].Value, 5e-11 + 1e-15);
            Assert.Equal(row.Number("deegan_packel"), result[PowerIndex.DeeganPackel][state].Value, 5e-11 + 1e-15);
            Assert.Equal(row.Number("holler"), result[PowerIndex.Holler][state].Value, 5e-11 + 1e-15);
            // Swings exactly: Penrose numerator over 2^50.
            var penrose = result[PowerIndex.Penrose][state];
            Assert.True(SmallGamesTest.SameFraction($"{row["swings"]}/{1L << 50}", penrose.Exact), state);
        }
        Assert.Equal("111603651861685256303/1033014834748665568800", result[PowerIndex.ShapleyShubik]["CA"].Exact);
        Assert.Equal("1860211297153754491/344338278249555189600", result[PowerIndex.ShapleyShubik]["WY"].Exact);
        Assert.Equal("1117385292262622", result.WinningCoalitions);
        Assert.Equal("51178341131036", result.MinimalWinning.Count);
        Assert.All(result.Indices, i => Assert.Equal(PowerMethod.DynamicProgramming, i.Method));
    }

    [Fact]
    public void Compute_ElectoralCollege1990_MatchesMatsuiPublishedValues()
    {
        long[] weights = [54, 33, 32, 25, 23, 22, 21, 18, 15, 14, 13, 13, 12, 12, 11, 11, 11, 11, 10, 10, 9, 9, 8, 8, 8, 8, 8, 8, 7, 7, 7, 6, 6, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3];
        var result = PowerIndexCalculator.Compute(new WeightedGame(270, weights), [PowerIndex.Penrose, PowerIndex.ShapleyShubik]);
        Assert.Equal(0.4664541346829614, result[PowerIndex.Penrose].Values[0].Value, 1e-15);
        Assert.Equal(0.10812540951779513, result[PowerIndex.ShapleyShubik].Values[0].Value, 1e-15);
        Assert.Equal(0.0228538034563881, result[PowerIndex.Penrose].Values[50].Value, 1e-15);
        Assert.Equal(0.005405549637386588, result[PowerIndex.ShapleyShubik].Values[50].Value, 1e-15);
    }

    [Fact]
    public void Compute_ElectoralCollegeJohnston_MonteCarloWithinItsBound()
    {
        var result = PowerIndexCalculator.Compute(PowerFixtures.ElectoralCollege2024(), PowerIndex.Johnston,
            new PowerOptions(Method: PowerMethodChoice.MonteCarlo, Samples: 100_000), new Plenum.Core.Randomness.RandomStream(7));
        var johnston = result[PowerIndex.Johnston];
        Assert.Equal(PowerMethod.MonteCarlo, johnston.Method);
        Assert.InRange(johnston.ErrorBound, 1e-4, 0.05);
        foreach (var row in PowerFixtures.Read("electoral-college-2024-expected.csv"))
            Assert.Equal(row.Number("johnston"), johnston[row["state"]].Value, johnston.ErrorBound);
    }

    [Fact]
    public void Compute_ElectoralCollegeJohnston_ExactMatchesEpicToSixFigures()
    {
        var result = PowerIndexCalculator.Compute(PowerFixtures.ElectoralCollege2024(), PowerIndex.Johnston);
        var johnston = result[PowerIndex.Johnston];
        Assert.Equal(PowerMethod.DynamicProgramming, johnston.Method);
        foreach (var row in PowerFixtures.Read("electoral-college-2024-expected.csv"))
        {
            var expected = row.Number("johnston");
            // EPIC prints six significant figures: half a unit in the sixth.
            var tolerance = 0.5 * Math.Pow(10, Math.Floor(Math.Log10(expected)) - 5) + 1e-15;
            Assert.Equal(expected, johnston[row["state"]].Value, tolerance);
        }
    }

    [Fact]
    public void Compute_EuLisbon_MatchesExhaustiveReference()
    {
        var all = new[] { PowerIndex.Banzhaf, PowerIndex.Penrose, PowerIndex.ShapleyShubik, PowerIndex.DeeganPackel, PowerIndex.Holler, PowerIndex.Johnston };
        var result = PowerIndexCalculator.Compute(PowerFixtures.EuLisbon(), all);
        foreach (var row in PowerFixtures.Read("eu27-lisbon-expected.csv"))
        {
            var state = row["state"];
            Assert.True(SmallGamesTest.SameFraction($"{row["swings"]}/{1 << 26}", result[PowerIndex.Penrose][state].Exact), state);
            foreach (var (index, column) in new[]
            {
                (PowerIndex.Banzhaf, "banzhaf"), (PowerIndex.Penrose, "penrose"), (PowerIndex.ShapleyShubik, "shapley_shubik"),
                (PowerIndex.DeeganPackel, "deegan_packel"), (PowerIndex.Holler, "holler"), (PowerIndex.Johnston, "johnston"),
            })
                Assert.Equal(row.Number(column), result[index][state].Value, 5e-9 + 1e-15);
        }
        Assert.Equal("1596882659/8923714800", result[PowerIndex.ShapleyShubik]["DE"].Exact);
        Assert.Equal("5168431/594914320", result[PowerIndex.ShapleyShubik]["MT"].Exact);
        Assert.Equal("17787201", result.WinningCoalitions);
        Assert.Equal("4379988", result.MinimalWinning.Count);
        Assert.False(result.MinimalWinning.Complete);
        Assert.Equal(100, result.MinimalWinning.Listed.Count);
        Assert.Empty(result.VetoPlayers);
    }

    [Fact]
    public void Compute_EuLisbonWithoutBlockingClause_MovesGermanyInTheSecondDigit()
    {
        var result = PowerIndexCalculator.Compute(PowerFixtures.EuLisbon(blockingClause: false), PowerIndex.ShapleyShubik);
        foreach (var row in PowerFixtures.Read("eu27-lisbon-expected.csv"))
            Assert.Equal(row.Number("shapley_shubik_without_blocking_clause"), result[PowerIndex.ShapleyShubik][row["state"]].Value, 5e-9 + 1e-15);
        Assert.Equal("17787177", result.WinningCoalitions);
    }

    [Fact]
    public void Compute_EuNice_MatchesReferenceByWeightClass()
    {
        var result = PowerIndexCalculator.Compute(PowerFixtures.EuNice(), [PowerIndex.Banzhaf, PowerIndex.Penrose, PowerIndex.ShapleyShubik, PowerIndex.Holler]);
        (string State, long Swings, double Banzhaf, double Penrose, double Shapley)[] expected =
        [
            ("DE", 2_193_648, 0.077826, 0.032688, 0.086738), ("ES", 2_091_364, 0.074198, 0.031164, 0.079975),
            ("RO", 1_200_488, 0.042591, 0.017889, 0.039937), ("NL", 1_120_122, 0.039740, 0.016691, 0.036825),
            ("BE", 1_038_482, 0.036843, 0.015475, 0.034068), ("AT", 871_660, 0.030925, 0.012989, 0.028193),
            ("DK", 614_718, 0.021809, 0.009160, 0.019606), ("CY", 352_390, 0.012502, 0.005251, 0.011042),
            ("MT", 265_584, 0.009422, 0.003958, 0.008178),
        ];
        foreach (var e in expected)
        {
            Assert.True(SmallGamesTest.SameFraction($"{e.Swings}/{1 << 26}", result[PowerIndex.Penrose][e.State].Exact), e.State);
            Assert.Equal(e.Banzhaf, result[PowerIndex.Banzhaf][e.State].Value, 5e-7);
            Assert.Equal(e.Penrose, result[PowerIndex.Penrose][e.State].Value, 5e-7);
            Assert.Equal(e.Shapley, result[PowerIndex.ShapleyShubik][e.State].Value, 5e-7);
        }
        Assert.Equal("2718758", result.WinningCoalitions);
        Assert.Equal("561823", result.MinimalWinning.Count);
        Assert.Equal(PowerMethod.DynamicProgramming, result[PowerIndex.ShapleyShubik].Method);
    }
}
