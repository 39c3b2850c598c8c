namespace Plenum.Core.Models.Exchange;

/// <summary>
/// Per demander cell (actor × issue), a range that holds the cut range (<see cref="ExchangeSide.CutFrom"/>–
/// <see cref="ExchangeSide.CutTo"/>) of every valid candidate side whose no-overshoot check reads that cell's
/// third-party positions. A new third-party position recorded for the cell changes the result of such a side
/// only when its check cuts — before or after — so when the cell's new sum lies outside the range, recalculating
/// the cell's demand row would give every candidate the bits it already has, and the row is left alone.
/// </summary>
/// <remarks>
/// Ranges only widen during a round (a candidate solved again adds its new range; its old one stays), which keeps
/// them safe without knowing which candidates have become invalid. Widening is atomic, so candidates solved on
/// several threads can add theirs; the union does not depend on the order.
/// </remarks>
internal sealed class CutRanges
{
    /// <summary>Margin around a range, as a fraction of the sums involved: far above the rounding of two sums in different orders and the check's own 1e-9.</summary>
    private const double Slack = 1e-8;

    private readonly double[] _from;
    private readonly double[] _to;

    public CutRanges(int cells)
    {
        _from = new double[cells];
        _to = new double[cells];
        Array.Fill(_from, double.PositiveInfinity);
        Array.Fill(_to, double.NegativeInfinity);
    }

    /// <summary>Adds the range <paramref name="from"/>–<paramref name="to"/> to the cell's (NaN: the whole line).</summary>
    public void Widen(int cell, double from, double to)
    {
        if (!(from >= double.NegativeInfinity)) from = double.NegativeInfinity;
        if (!(to <= double.PositiveInfinity)) to = double.PositiveInfinity;
        for (var seen = Volatile.Read(ref _from[cell]); from < seen; )
        {
            var was = Interlocked.CompareExchange(ref _from[cell], from, seen);
            if (was == seen) break;
            seen = was;
        }
        for (var seen = Volatile.Read(ref _to[cell]); to > seen; )
        {
            var was = Interlocked.CompareExchange(ref _to[cell], to, seen);
            if (was == seen) break;
            seen = was;
        }
    }

    /// <summary>
    /// Whether a candidate side reading the cell could be cut at third-party sum <paramref name="sum"/>
    /// (<paramref name="scale"/>: the Σ weight × 100, the size of the sums).
    /// </summary>
    public bool MayCut(int cell, double sum, double scale)
    {
        var margin = Slack * (scale + Math.Abs(sum));
        return sum >= _from[cell] - margin && sum <= _to[cell] + margin;
    }
}
