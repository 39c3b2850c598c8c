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

    /// <summary>Whether this instance was made from exactly these parameters, bit for bit (NaN μ included).</summary>
    public bool Has(double q, ImprovementRule t, double medianVoter, double range) =>
        BitConverter.DoubleToInt64Bits(_q) == BitConverter.DoubleToInt64Bits(q) && _t == t
        && BitConverter.DoubleToInt64Bits(_medianVoter) == BitConverter.DoubleToInt64Bits(medianVoter)
        && BitConverter.DoubleToInt64Bits(_range) == BitConverter.DoubleToInt64Bits(range);

    /// <summary>Q of eq. 7; with Q = 1 the expected utility needs no powers beyond U_s and U_f.</summary>
    public double Q => _q;

    /// <summary>The range ρ distances are divided by.</summary>
    public double Range => _range;

    /// <summary>U_s, U_f and U_sq for exponent r and normalised distance d (eqs. 15, 16, 24).</summary>
    public static BasicUtilities Basic(double r, double d) => Basic(r, d, StatusQuo(r));

    /// <summary>As <see cref="Basic(double, double)"/>, with U_sq = <see cref="StatusQuo"/>(r) computed once per actor.</summary>
    public static BasicUtilities Basic(double r, double d, double statusQuo) => new(Success(r, d), Failure(r, d), statusQuo);

    /// <summary>U_s = 2 − 4·(0.5 − 0.5d)^r (eq. 15), on its own so the hot loop can compute it only when needed.</summary>
    public static double Success(double r, double d) => r == 1.0 ? 2 - 4 * (0.5 - 0.5 * d) : 2 - 4 * Math.Pow(0.5 - 0.5 * d, r);

    /// <summary>U_f = 2 − 4·(0.5 + 0.5d)^r (eq. 16).</summary>
    public static double Failure(double r, double d) => r == 1.0 ? 2 - 4 * (0.5 + 0.5 * d) : 2 - 4 * Math.Pow(0.5 + 0.5 * d, r);

    /// <summary>
    /// Whether, with Q = 1, a challenge is certainly worth less than zero whatever U_s turns out to be, so that its
    /// second power need not be computed. Only then does it return true; a false answer settles nothing.
    /// </summary>
    /// <remarks>
    /// With k = s·(1 − P) ∈ [0, 1], E = (1 − k)·U_s + k·U_f − U_sq. For a base x = 0.5 − 0.5d in [0, 1] and an
    /// exponent r ≤ 2 (risk exponents lie in 0.5–2), x^r ≥ x when r ≤ 1 and x^r ≥ x² when r ≤ 2, so
    /// U_s ≤ 2 − 4x (or 2 − 4x²) and E is at most the bound computed here. The bound must be below −1e-12, a
    /// thousand times the rounding error of either computation, so a skipped pair is one whose computed E would
    /// have been negative too: results are the same to the last bit as computing E.
    /// </remarks>
    public static bool CertainlyNegative(double r, double d, double failure, double statusQuo, double resistingSalience, double p)
    {
        var x = 0.5 - 0.5 * d;
        if (!(x >= 0 && x <= 1) || !(r <= 2)) return false;
        var floor = r <= 1 ? x : x * x;
        var k = resistingSalience * (1 - p);
        return (1 - k) * (2 - 4 * floor) + k * failure - statusQuo < -1e-12;
    }

    /// <summary>
    /// <see cref="CertainlyNegative"/> before either power is computed: with Q = 1, whether the challenge is certainly
    /// worth less than zero whatever U_s and U_f turn out to be. Only then does it return true.
    /// </summary>
    /// <remarks>
    /// Both powers are replaced by lower bounds that need no <see cref="Math.Pow"/> (<see cref="PowerFloor"/>), which
    /// bound U_s and U_f, and so E = (1 − k)·U_s + k·U_f − U_sq with k = s·(1 − P) in [0, 1], from above. The margin is
    /// the same −1e-12 as <see cref="CertainlyNegative"/>'s, so a pair skipped here is one whose computed E would have
    /// been negative too, and the results stay the same to the last bit. In a small issue most pairs end here, which
    /// spares most of the mover's U_f powers.
    /// </remarks>
    public static bool CertainlyNegativeWithoutPowers(double r, double d, double statusQuo, double resistingSalience, double p)
    {
        var x = 0.5 - 0.5 * d;
        var y = 0.5 + 0.5 * d;
        if (!(x >= 0 && y <= 1) || !(r > 0 && r <= 2)) return false;
        var k = resistingSalience * (1 - p);
        if (!(k >= 0 && k <= 1)) return false;
        return (1 - k) * (2 - 4 * PowerFloor(x, r)) + k * (2 - 4 * PowerFloor(y, r)) - statusQuo < -1e-12;
    }

    /// <summary>A lower bound on b^r for b in [0, 1] and r in (0, 2], without a power.</summary>
    /// <remarks>
    /// b^r is convex in r, so it lies above its tangent at r = 1, b·(1 + (r − 1)·ln b); with ln b ≥ (b − 1)/b (r &gt; 1)
    /// or ln b ≤ b − 1 (r &lt; 1) that gives b + (r − 1)(b − 1) or b·(1 + (r − 1)(b − 1)). The plain bounds
    /// b^r ≥ b (r ≤ 1) and b^r ≥ b² (r ≤ 2) of <see cref="CertainlyNegative"/> and b^r ≥ 0 also hold; the largest is taken.
    /// </remarks>
    private static double PowerFloor(double b, double r)
    {
        if (r == 1.0) return b;
        var tangent = r > 1 ? b + (r - 1) * (b - 1) : b * (1 + (r - 1) * (b - 1));
        var plain = r < 1 ? b : b * b;
        return Math.Max(Math.Max(tangent, plain), 0);
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
