using System.Numerics;
using Plenum.Core.Power;

namespace Plenum.Core.Tests.Power;

/// <summary>
/// The exact small games of docs/reference power-indices §3.1 (CoopGame, EPIC, Holler–Illing, powerindices,
/// maxlit/powerindex, Felsenthal–Machover): every index must match as an exact fraction.
/// </summary>
public class SmallGamesTest
{
    // quota; weights; then per index the values for players with distinct weights expanded to every player.
    public static TheoryData<string, long, long[], string, string, string, string, string, string> Games => new()
    {
        { "51;50,49,1", 51, [50, 49, 1], "3/5,1/5,1/5", "3/4,1/4,1/4", "2/3,1/6,1/6", "1/2,1/4,1/4", "1/2,1/4,1/4", "2/3,1/6,1/6" },
        { "6;4,3,2,1", 6, [4, 3, 2, 1], "5/12,1/4,1/4,1/12", "5/8,3/8,3/8,1/8", "5/12,1/4,1/4,1/12", "1/3,5/18,5/18,1/9", "2/7,2/7,2/7,1/7", "1/2,2/9,2/9,1/18" },
        { "11;9,5,3,1,1", 11, [9, 5, 3, 1, 1], "13/21,1/7,1/7,1/21,1/21", "13/16,3/16,3/16,1/16,1/16", "7/10,7/60,7/60,1/30,1/30", "4/9,1/6,1/6,1/9,1/9", "3/7,1/7,1/7,1/7,1/7", "28/39,3/26,3/26,1/39,1/39" },
        { "12;8,6,4,2", 12, [8, 6, 4, 2], "5/12,1/4,1/4,1/12", "5/8,3/8,3/8,1/8", "5/12,1/4,1/4,1/12", "1/3,5/18,5/18,1/9", "2/7,2/7,2/7,1/7", "1/2,2/9,2/9,1/18" },
        { "51;35,20,15,15,15", 51, [35, 20, 15, 15, 15], "11/25,1/5,3/25,3/25,3/25", "11/16,5/16,3/16,3/16,3/16", "9/20,1/5,7/60,7/60,7/60", "3/10,3/20,11/60,11/60,11/60", "4/15,2/15,1/5,1/5,1/5", "7/12,3/16,11/144,11/144,11/144" },
        { "8;4,4,3,2,1,1", 8, [4, 4, 3, 2, 1, 1], "2/7,2/7,3/14,1/14,1/14,1/14", "1/2,1/2,3/8,1/8,1/8,1/8", "3/10,3/10,1/5,1/15,1/15,1/15", "7/36,7/36,2/9,7/54,7/54,7/54", "5/28,5/28,3/14,1/7,1/7,1/7", "31/96,31/96,5/24,7/144,7/144,7/144" },
        { "EEC 1958", 12, [4, 4, 4, 2, 2, 1], "5/21,5/21,5/21,1/7,1/7,0", "5/16,5/16,5/16,3/16,3/16,0", "7/30,7/30,7/30,3/20,3/20,0", "5/24,5/24,5/24,3/16,3/16,0", "1/5,1/5,1/5,1/5,1/5,0", "1/4,1/4,1/4,1/8,1/8,0" },
    };

    [Theory]
    [MemberData(nameof(Games))]
    public void Compute_SmallGame_MatchesReferenceFractions(string name, long quota, long[] weights,
        string banzhaf, string penrose, string shapley, string deeganPackel, string holler, string johnston)
    {
        var expected = new Dictionary<PowerIndex, string>
        {
            [PowerIndex.Banzhaf] = banzhaf, [PowerIndex.Penrose] = penrose, [PowerIndex.ShapleyShubik] = shapley,
            [PowerIndex.DeeganPackel] = deeganPackel, [PowerIndex.Holler] = holler, [PowerIndex.Johnston] = johnston,
        };
        var game = new WeightedGame(quota, weights);
        var result = PowerIndexCalculator.Compute(game, expected.Keys.ToList());
        foreach (var (index, text) in expected)
        {
            var values = result[index].Values;
            var want = text.Split(',');
            for (var i = 0; i < weights.Length; i++)
                Assert.True(SameFraction(want[i], values[i].Exact), $"{name} {index} player {i + 1}: want {want[i]}, got {values[i].Exact}");
        }
    }

    [Fact]
    public void Compute_UnSecurityCouncil_MatchesTextbookShapleyShubik()
    {
        var weights = Enumerable.Repeat(7L, 5).Concat(Enumerable.Repeat(1L, 10)).ToArray();
        var result = PowerIndexCalculator.Compute(new WeightedGame(39, weights),
            [PowerIndex.ShapleyShubik, PowerIndex.Banzhaf, PowerIndex.Penrose, PowerIndex.DeeganPackel, PowerIndex.Holler, PowerIndex.Johnston]);
        Assert.Equal("421/2145", result[PowerIndex.ShapleyShubik].Values[0].Exact);
        Assert.Equal("4/2145", result[PowerIndex.ShapleyShubik].Values[14].Exact);
        Assert.Equal("106/635", result[PowerIndex.Banzhaf].Values[0].Exact);
        Assert.Equal("21/1270", result[PowerIndex.Banzhaf].Values[5].Exact);
        Assert.Equal("53/1024", result[PowerIndex.Penrose].Values[0].Exact);
        Assert.Equal("21/4096", result[PowerIndex.Penrose].Values[5].Exact);
        Assert.Equal("1/9", result[PowerIndex.DeeganPackel].Values[0].Exact);
        Assert.Equal("2/45", result[PowerIndex.Holler].Values[5].Exact);
        Assert.Equal("283/1590", result[PowerIndex.Johnston].Values[0].Exact);
        Assert.Equal("7/636", result[PowerIndex.Johnston].Values[5].Exact);
        Assert.Equal("848", result.WinningCoalitions);
        Assert.Equal("210", result.MinimalWinning.Count);
        Assert.Equal(5, result.VetoPlayers.Count);
    }

    [Fact]
    public void Compute_UnSecurityCouncil1954_PermanentMembersHold76of77()
    {
        var weights = Enumerable.Repeat(5L, 5).Concat(Enumerable.Repeat(1L, 6)).ToArray();
        var result = PowerIndexCalculator.Compute(new WeightedGame(27, weights), PowerIndex.ShapleyShubik);
        Assert.Equal("76/385", result[PowerIndex.ShapleyShubik].Values[0].Exact);
        Assert.Equal("1/462", result[PowerIndex.ShapleyShubik].Values[10].Exact);
    }

    internal static bool SameFraction(string a, string b)
    {
        static (BigInteger, BigInteger) Parse(string s)
        {
            var parts = s.Split('/');
            return (BigInteger.Parse(parts[0]), parts.Length > 1 ? BigInteger.Parse(parts[1]) : BigInteger.One);
        }
        var (an, ad) = Parse(a);
        var (bn, bd) = Parse(b);
        return an * bd == bn * ad;
    }
}
