namespace Plenum.Core.Models.Bdm;

/// <summary>
/// For every pair of a round's distinct positions, d = |y_p − y_q| / ρ and three logarithms: ln(0.5 − 0.5d) and
/// ln(0.5 + 0.5d), the bases of U_s and U_f (eqs. 15–16), shared by every mover at p with its own exponent, and ln d,
/// the base of every voter's utility in pass 2's support matrix (<see cref="PowerEvaluation.SharedLogarithms"/>).
/// Built for issues of fewer than <see cref="Parallelism.Threshold"/> positions, where most pairs are evaluated;
/// larger ones take each logarithm when needed, the same number.
/// </summary>
/// <remarks>
/// From one round to the next most actors stay where they were (in a Monte Carlo draw of the 1929 scenario about
/// 12 of 13 distinct positions are the previous round's), and a pair's four numbers depend only on its two
/// positions and ρ. So a pair of positions both held in the previous round with the same ρ takes its numbers from
/// the previous round's table; only pairs with a new position are computed. Those are the same expressions, and
/// <see cref="PortableMath.Log(ReadOnlySpan{double}, Span{double})"/> computes each value alone, so every cell has
/// the bits a fresh table would have.
/// </remarks>
internal sealed class DistanceLogs
{
    private Tables _current = new();
    private Tables _previous = new();
    private int[] _oldSlot = [];
    private double[] _bases = [];
    private double[] _logs = [];
    private int[] _pending = [];

    /// <summary>ln(0.5 − 0.5·d(p, q)).</summary>
    public double Below(int p, int q) => _current.Sides[2 * _current.M * p + q];

    /// <summary>ln(0.5 + 0.5·d(p, q)).</summary>
    public double Above(int p, int q) => _current.Sides[2 * _current.M * p + _current.M + q];

    /// <summary>
    /// Row p: ln(0.5 − 0.5·d(p, q)) for every q, then ln(0.5 + 0.5·d(p, q)) for every q, side by side so that a
    /// mover's powers on both sides take one run of exponentials.
    /// </summary>
    public ReadOnlySpan<double> Row(int p) => _current.Sides.AsSpan(2 * _current.M * p, 2 * _current.M);

    /// <summary>Row p of d: |y_q − y_p| / ρ for every q.</summary>
    public ReadOnlySpan<double> DistanceRow(int p) => _current.Distance.AsSpan(_current.M * p, _current.M);

    /// <summary>Row p of ln d (−∞ at q = p).</summary>
    public ReadOnlySpan<double> LogDistanceRow(int p) => _current.LogDistance.AsSpan(_current.M * p, _current.M);

    /// <summary>Whether some base was negative (a position outside the range), so that its logarithm is NaN.</summary>
    public bool HasNegativeBase { get; private set; }

    /// <summary>Whether the tables are those of exactly these distinct positions and range (bit for bit).</summary>
    public bool Holds(ReadOnlySpan<double> y, double range) =>
        _current.M == y.Length && _current.M > 0
        && BitConverter.DoubleToInt64Bits(_current.Range) == BitConverter.DoubleToInt64Bits(range)
        && y.SequenceEqual(_current.Y.AsSpan(0, _current.M));

    /// <summary>Fills the tables for the distinct positions <paramref name="y"/> (ascending) and ρ of <paramref name="utility"/>.</summary>
    public DistanceLogs Fill(ReadOnlySpan<double> y, ExpectedUtility utility)
    {
        if (Holds(y, utility.Range)) return this;
        (_current, _previous) = (_previous, _current);
        var m = y.Length;
        var table = _current.Reset(y, utility.Range);
        var old = _previous;
        var reuse = old.M > 0 && BitConverter.DoubleToInt64Bits(old.Range) == BitConverter.DoubleToInt64Bits(utility.Range);
        MapToPrevious(y, reuse ? old : null);

        var cells = m * (m + 1) / 2;
        if (_pending.Length < cells)
        {
            _pending = new int[cells];
            _bases = new double[3 * cells];
            _logs = new double[3 * cells];
        }
        // d(p, q) = d(q, p) to the last bit (|a − b| = |b − a|): each pair is taken once and written to both cells.
        var count = 0;
        var negative = false;
        for (var p = 0; p < m; p++)
        {
            var op = _oldSlot[p];
            for (var q = p; q < m; q++)
            {
                var oq = _oldSlot[q];
                double d;
                if (op >= 0 && oq >= 0)
                {
                    d = old.Distance[old.M * op + oq];
                    table.Set(p, q, d, old.LogDistance[old.M * op + oq], old.Sides[2 * old.M * op + oq], old.Sides[2 * old.M * op + old.M + oq]);
                }
                else
                {
                    d = utility.Distance(y[p], y[q]);
                    _pending[count] = p * m + q;
                    _bases[count] = d;
                    _bases[cells + count] = 0.5 - 0.5 * d;
                    _bases[2 * cells + count] = 0.5 + 0.5 * d;
                    count++;
                }
                // 0.5 − 0.5d < 0 exactly when d > 1 (halving is exact).
                negative |= d > 1;
            }
        }
        HasNegativeBase = negative;
        if (count == 0) return this;
        // The new pairs' three bases side by side (d is already first), their logarithms taken in one call.
        _bases.AsSpan(cells, count).CopyTo(_bases.AsSpan(count, count));
        _bases.AsSpan(2 * cells, count).CopyTo(_bases.AsSpan(2 * count, count));
        SharedPowers.Log(_bases.AsSpan(0, 3 * count), _logs.AsSpan(0, 3 * count));
        for (var k = 0; k < count; k++)
        {
            var p = _pending[k] / m;
            var q = _pending[k] - p * m;
            table.Set(p, q, _bases[k], _logs[k], _logs[count + k], _logs[2 * count + k]);
        }
        return this;
    }

    /// <summary>For each new slot, the previous round's slot at the same position, or −1 (both lists ascending).</summary>
    private void MapToPrevious(ReadOnlySpan<double> y, Tables? old)
    {
        if (_oldSlot.Length < y.Length) _oldSlot = new int[y.Length];
        var o = 0;
        for (var p = 0; p < y.Length; p++)
        {
            _oldSlot[p] = -1;
            if (old is null) continue;
            while (o < old.M && old.Y[o] < y[p]) o++;
            if (o < old.M && BitConverter.DoubleToInt64Bits(old.Y[o]) == BitConverter.DoubleToInt64Bits(y[p])) _oldSlot[p] = o;
        }
    }

    /// <summary>One round's positions, range and tables.</summary>
    private sealed class Tables
    {
        public int M;
        public double Range;
        public double[] Y = [];
        public double[] Distance = [];
        public double[] LogDistance = [];
        public double[] Sides = [];

        /// <summary>Takes the positions and range of a new round; returns this (tables to be filled).</summary>
        public Tables Reset(ReadOnlySpan<double> y, double range)
        {
            var m = y.Length;
            if (Y.Length < m) Y = new double[m];
            if (Distance.Length < m * m)
            {
                Distance = new double[m * m];
                LogDistance = new double[m * m];
                Sides = new double[2 * m * m];
            }
            y.CopyTo(Y);
            M = m;
            Range = range;
            return this;
        }

        /// <summary>Writes pair (p, q)'s numbers to both cells (p, q) and (q, p).</summary>
        public void Set(int p, int q, double d, double logDistance, double below, double above)
        {
            Distance[M * p + q] = Distance[M * q + p] = d;
            LogDistance[M * p + q] = LogDistance[M * q + p] = logDistance;
            Sides[2 * M * p + q] = Sides[2 * M * q + p] = below;
            Sides[2 * M * p + M + q] = Sides[2 * M * q + M + p] = above;
        }
    }
}
