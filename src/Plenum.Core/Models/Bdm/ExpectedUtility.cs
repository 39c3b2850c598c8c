namespace Plenum.Core.Models.Bdm;

/// <summary>
/// E^m(U_ij): actor m's estimate of challenger i's expected utility of challenging target j (eqs. 5–7, 25a/25b),
/// with the basic utilities of eqs. 15, 16, 22–24 raised to m's risk exponent.
/// </summary>
/// <remarks>
/// E = s·[P·U_s + (1 − P)·U_f] + (1 − s)·U_s − Q·U_sq − (1 − Q)·[T·U_b + (1 − T)·U_w], where s is the resisting
/// salience. With Q = 1 the last term vanishes and μ is not needed. The arithmetic follows the reference's order
/// of operations so the vectors reproduce to the last bits where possible.
/// </remarks>
internal sealed class ExpectedUtility
{
    private readonly double _q;
    private readonly ImprovementRule _t;
    private readonly double _medianVoter;
    private readonly double _range;

    /// <param name="medianVoter">μ of eqs. 22–23; ignored when <paramref name="q"/> is 1.</param>
    public ExpectedUtility(double q, ImprovementRule t, double medianVoter, double range)
    {
        _q = q;
        _t = t;
        _medianVoter = medianVoter;
        _range = range;
    }

    /// <summary>The range ρ distances are divided by.</summary>
    public double Range => _range;

    /// <summary>U_s, U_f and U_sq for exponent r and normalised distance d (eqs. 15, 16, 24).</summary>
    public static BasicUtilities Basic(double r, double d) => Basic(r, d, StatusQuo(r));

    /// <summary>As <see cref="Basic(double, double)"/>, with U_sq = <see cref="StatusQuo"/>(r) computed once per actor.</summary>
    public static BasicUtilities Basic(double r, double d, double statusQuo)
    {
        if (r == 1.0) return new BasicUtilities(2 - 4 * (0.5 - 0.5 * d), 2 - 4 * (0.5 + 0.5 * d), statusQuo);
        return new BasicUtilities(2 - 4 * Math.Pow(0.5 - 0.5 * d, r), 2 - 4 * Math.Pow(0.5 + 0.5 * d, r), statusQuo);
    }

    /// <summary>U_sq = 2 − 4·0.5^r (eq. 24).</summary>
    public static double StatusQuo(double r) => r == 1.0 ? 2 - 4 * 0.5 : 2 - 4 * Math.Pow(0.5, r);

    /// <summary>The normalised distance |x_i − x_j| / ρ.</summary>
    public double Distance(double xChallenger, double xTarget) => Math.Abs(xChallenger - xTarget) / _range;

    /// <summary>The expected utility of a challenge, given the basic utilities for the estimating actor's exponent.</summary>
    /// <param name="basic">From <see cref="Basic(double, double)"/> with the estimator's exponent and this pair's distance.</param>
    /// <param name="r">The estimator's exponent (needed for U_b and U_w when Q &lt; 1).</param>
    /// <param name="p">P(challenger beats target).</param>
    /// <param name="resistingSalience">Probability that the target resists (its salience, or s_j as printed in eq. 25b).</param>
    public double Of(in BasicUtilities basic, double r, double xChallenger, double xTarget, double p, double resistingSalience)
    {
        var e = resistingSalience * (p * basic.Success + (1 - p) * basic.Failure) + (1 - resistingSalience) * basic.Success;
        if (_q == 1.0) return e - basic.StatusQuo;
        var towardMedian = Math.Abs(xChallenger - _medianVoter);
        var apart = Math.Abs(xChallenger - xTarget);
        var g = (towardMedian + apart) / _range;
        var better = 2 - 4 * Math.Pow(0.5 - 0.25 * g, r);
        var worse = 2 - 4 * Math.Pow(0.5 + 0.25 * g, r);
        var t = _t switch
        {
            ImprovementRule.Always => 1.0,
            ImprovementRule.Never => 0.0,
            _ => towardMedian < apart ? 1.0 : 0.0,
        };
        return e - _q * basic.StatusQuo - (1 - _q) * (t * better + (1 - t) * worse);
    }

    /// <summary>Convenience: the whole computation for one estimate.</summary>
    public double Of(double r, double xChallenger, double xTarget, double p, double resistingSalience)
    {
        var basic = Basic(r, Distance(xChallenger, xTarget));
        return Of(basic, r, xChallenger, xTarget, p, resistingSalience);
    }
}
