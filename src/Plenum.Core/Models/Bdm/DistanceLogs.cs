namespace Plenum.Core.Models.Bdm;

/// <summary>
/// ln(0.5 − 0.5d) and ln(0.5 + 0.5d) for every pair of a round's distinct positions, d = |y_p − y_q| / ρ: the
/// logarithms of the bases of U_s and U_f (eqs. 15–16), shared by every mover at p with its own exponent
/// (<see cref="PowerEvaluation.SharedLogarithms"/>). Built for issues of fewer than <see cref="Parallelism.Threshold"/>
/// positions, where most pairs are evaluated; larger ones take each logarithm when needed, the same number.
/// </summary>
internal sealed class DistanceLogs
{
    private double[] _table = [];
    private double[] _bases = [];
    private double[] _logs = [];
    private int _m;

    /// <summary>ln(0.5 − 0.5·d(p, q)).</summary>
    public double Below(int p, int q) => _table[2 * _m * p + q];

    /// <summary>ln(0.5 + 0.5·d(p, q)).</summary>
    public double Above(int p, int q) => _table[2 * _m * p + _m + q];

    /// <summary>
    /// Row p: ln(0.5 − 0.5·d(p, q)) for every q, then ln(0.5 + 0.5·d(p, q)) for every q, side by side so that a
    /// mover's powers on both sides take one run of exponentials.
    /// </summary>
    public ReadOnlySpan<double> Row(int p) => _table.AsSpan(2 * _m * p, 2 * _m);

    /// <summary>Whether some base was negative (a position outside the range), so that its logarithm is NaN.</summary>
    public bool HasNegativeBase { get; private set; }

    /// <summary>Fills both tables for the distinct positions <paramref name="y"/> and range ρ (buffers kept between rounds).</summary>
    public DistanceLogs Fill(ReadOnlySpan<double> y, ExpectedUtility utility)
    {
        var m = y.Length;
        _m = m;
        if (_table.Length < 2 * m * m) _table = new double[2 * m * m];
        // d(p, q) = d(q, p) to the last bit (|a − b| = |b − a|): the upper triangle's bases are gathered in one run,
        // their logarithms taken together, and each written to both cells.
        var cells = m * (m + 1) / 2;
        if (_bases.Length < 2 * cells)
        {
            _bases = new double[2 * cells];
            _logs = new double[2 * cells];
        }
        var k = 0;
        var negative = false;
        for (var p = 0; p < m; p++)
            for (var q = p; q < m; q++, k++)
            {
                var d = utility.Distance(y[p], y[q]);
                _bases[k] = 0.5 - 0.5 * d;
                _bases[cells + k] = 0.5 + 0.5 * d;
                negative |= _bases[k] < 0;
            }
        HasNegativeBase = negative;
        SharedPowers.Log(_bases.AsSpan(0, 2 * cells), _logs.AsSpan(0, 2 * cells));
        k = 0;
        for (var p = 0; p < m; p++)
            for (var q = p; q < m; q++, k++)
            {
                _table[2 * m * p + q] = _table[2 * m * q + p] = _logs[k];
                _table[2 * m * p + m + q] = _table[2 * m * q + m + p] = _logs[cells + k];
            }
        return this;
    }
}
