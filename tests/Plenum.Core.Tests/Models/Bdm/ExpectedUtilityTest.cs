using Plenum.Core.Models.Bdm;

namespace Plenum.Core.Tests.Models.Bdm;

public class ExpectedUtilityTest
{
    /// <summary>
    /// The skip before the powers must never drop a pair whose computed expected utility is not negative, over the
    /// whole range of risk exponents (0.5–2), distances, saliences and probabilities; and it must skip often.
    /// </summary>
    [Fact]
    public void CertainlyNegativeWithoutPowers_OnlyWhenTheComputedUtilityIsNegative()
    {
        var utility = new ExpectedUtility(1.0, ImprovementRule.ByDistance, double.NaN, 1.0);
        var skipped = 0;
        var negative = 0;
        foreach (var r in new[] { 0.5, 0.6, 0.8, 0.95, 1.0, 1.05, 1.3, 1.7, 2.0 })
        foreach (var s in new[] { 0.0, 0.2, 0.5, 0.55, 0.7, 0.9, 1.0 })
        foreach (var p in new[] { 0.0, 0.01, 0.1, 0.4, 1.0 })
            for (var step = 0; step <= 100; step++)
            {
                var d = step / 100.0;
                var statusQuo = ExpectedUtility.StatusQuo(r);
                var e = utility.Of(ExpectedUtility.Basic(r, d, statusQuo), r, d, 0, p, s);
                if (e < 0) negative++;
                if (!ExpectedUtility.CertainlyNegativeWithoutPowers(r, d, statusQuo, s, p)) continue;
                skipped++;
                Assert.True(e < 0, $"r={r} d={d} s={s} p={p}: skipped, but E = {e}");
            }
        Assert.True(skipped > negative / 4, $"only {skipped} of {negative} negative pairs skipped");
    }

    [Theory]
    [InlineData(2.5, 0.5, 0.9, 0.0)]
    [InlineData(1.0, 1.5, 0.9, 0.0)]
    [InlineData(1.0, 0.5, 0.9, double.NaN)]
    public void CertainlyNegativeWithoutPowers_OutsideItsBounds_SettlesNothing(double r, double d, double s, double p) =>
        Assert.False(ExpectedUtility.CertainlyNegativeWithoutPowers(r, d, ExpectedUtility.StatusQuo(r), s, p));
}
