using Plenum.Core.Models.Bdm;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>
/// A table filled after earlier rounds (reusing the pairs both rounds hold) against a fresh table: every distance
/// and logarithm the same to the last bit, whatever positions came and went and whenever the range changed.
/// </summary>
public class DistanceLogsTest
{
    [Fact]
    public void Fill_AfterEarlierRounds_MatchesFreshTable()
    {
        var rounds = new (double[] Y, double Range)[]
        {
            ([0, 12.5, 30, 47.25, 80, 100], 100),
            ([0, 12.5, 31, 47.25, 80, 100], 100), // one position moved
            ([0, 12.5, 31, 47.25, 55, 80, 100], 100), // one added
            ([0, 31, 55, 100], 100), // several gone
            ([0, 31, 55, 100], 80), // same positions, another range: nothing reused
            ([-20, 0, 31, 55, 100, 130], 80), // outside the range: negative bases
            ([0, 31, 55, 100], 80),
            ([7], 80),
            ([0, 7, 31, 55, 100], 80),
        };
        var reused = new DistanceLogs();
        foreach (var (y, range) in rounds)
        {
            var utility = new ExpectedUtility(1.0, ImprovementRule.Always, double.NaN, range);
            reused.Fill(y, utility);
            var fresh = new DistanceLogs().Fill(y, utility);
            Assert.True(reused.Holds(y, range));
            Assert.Equal(fresh.HasNegativeBase, reused.HasNegativeBase);
            Assert.Equal(y.Any(a => y.Any(b => 0.5 - 0.5 * utility.Distance(a, b) < 0)), fresh.HasNegativeBase);
            for (var p = 0; p < y.Length; p++)
            {
                Assert.Equal(Bits(fresh.Row(p)), Bits(reused.Row(p)));
                Assert.Equal(Bits(fresh.DistanceRow(p)), Bits(reused.DistanceRow(p)));
                Assert.Equal(Bits(fresh.LogDistanceRow(p)), Bits(reused.LogDistanceRow(p)));
                for (var q = 0; q < y.Length; q++)
                {
                    var d = utility.Distance(y[p], y[q]);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(fresh.DistanceRow(p)[q]));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(SharedPowers.Log(d)), BitConverter.DoubleToInt64Bits(fresh.LogDistanceRow(p)[q]));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(SharedPowers.Log(0.5 - 0.5 * d)), BitConverter.DoubleToInt64Bits(fresh.Below(p, q)));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(SharedPowers.Log(0.5 + 0.5 * d)), BitConverter.DoubleToInt64Bits(fresh.Above(p, q)));
                }
            }
        }
    }

    private static long[] Bits(ReadOnlySpan<double> values) => values.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray();
}
