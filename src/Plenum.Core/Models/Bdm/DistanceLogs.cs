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
    private double[] _logs = [];

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
        // d(p, q) = d(q, p) to the last bit (|a − b| = |b − a|): the upper triangle's bases are gathered in one run,
        // their logarithms taken together, and each written to both cells.
        var cells = m * (m + 1) / 2;
        if (_bases.Length < 2 * cells)
        {
            _bases = new double[2 * cells];
            _logs = new double[2 * cells];
        }
        var k = 0;
        for (var p = 0; p < m; p++)
            for (var q = p; q < m; q++, k++)
            {
                var d = utility.Distance(y[p], y[q]);
                _bases[k] = 0.5 - 0.5 * d;
                _bases[cells + k] = 0.5 + 0.5 * d;
            }
        SharedPowers.Log(_bases.AsSpan(0, 2 * cells), _logs.AsSpan(0, 2 * cells));
        k = 0;
        for (var p = 0; p < m; p++)
            for (var q = p; q < m; q++, k++)
            {
                _below[p * m + q] = _below[q * m + p] = _logs[k];
                _above[p * m + q] = _above[q * m + p] = _logs[cells + k];
            }
        return this;
    }
}
