namespace Plenum.Core.Models.Bdm;

/// <summary>
/// ln(0.5 − 0.5d) and ln(0.5 + 0.5d) for every pair of a round's distinct positions, d = |y_p − y_q| / ρ: the
/// logarithms of the bases of U_s and U_f (eqs. 15–16), shared by every mover at p with its own exponent
/// (<see cref="PowerEvaluation.SharedLogarithms"/>). Built for issues of fewer than <see cref="Parallelism.Threshold"/>
/// positions, where most pairs are evaluated; larger ones take each logarithm when needed, the same number.
/// </summary>
internal sealed class DistanceLogs
{
    private double[] _below = [];
    private double[] _above = [];
    private double[] _bases = [];

    /// <summary>Row p, column q: ln(0.5 − 0.5·d(p, q)).</summary>
    public double[] Below => _below;

    /// <summary>Row p, column q: ln(0.5 + 0.5·d(p, q)).</summary>
    public double[] Above => _above;

    /// <summary>Fills both tables for the distinct positions <paramref name="y"/> and range ρ (buffers kept between rounds).</summary>
    public DistanceLogs Fill(ReadOnlySpan<double> y, ExpectedUtility utility)
    {
        var m = y.Length;
        if (_below.Length < m * m)
        {
            _below = new double[m * m];
            _above = new double[m * m];
        }
        if (_bases.Length < 2 * m) _bases = new double[2 * m];
        var below = _bases.AsSpan(0, m);
        var above = _bases.AsSpan(m, m);
        for (var p = 0; p < m; p++)
        {
            for (var q = 0; q < m; q++)
            {
                var d = utility.Distance(y[p], y[q]);
                below[q] = 0.5 - 0.5 * d;
                above[q] = 0.5 + 0.5 * d;
            }
            SharedPowers.Log(below, _below.AsSpan(p * m, m));
            SharedPowers.Log(above, _above.AsSpan(p * m, m));
        }
        return this;
    }
}
