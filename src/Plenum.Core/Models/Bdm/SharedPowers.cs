namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Powers b^r as e^(r·ln b), for <see cref="PowerEvaluation.SharedLogarithms"/>: a round raises the same few bases
/// (one per pair of positions) to many exponents (one per actor), so the logarithm is taken once per base and each
/// power costs one exponential instead of a <see cref="Math.Pow"/>.
/// </summary>
/// <remarks>
/// The exponentials and logarithms are <see cref="PortableMath"/>'s: four at a time, the same bits at every JIT
/// tier, on every thread and machine, and for a value computed alone (<see cref="Power"/>) as for the same value in
/// a span. Against <see cref="Math.Pow"/> the relative difference is a few parts in 10¹⁵ (the error of ln b, scaled
/// by r·|ln b|, plus the exponential's own). ln 0 = −∞ gives e^(−∞) = 0 = 0^r. A negative base has no logarithm
/// (NaN); <see cref="Power"/> falls back to <see cref="Math.Pow"/> there, which never happens with positions inside
/// the range.
/// </remarks>
internal static class SharedPowers
{
    /// <summary>b^r from ln b, or <see cref="Math.Pow"/> when b has no logarithm.</summary>
    public static double Power(double logBase, double b, double r) =>
        double.IsNaN(logBase) ? Math.Pow(b, r) : PortableMath.Exp(r * logBase);

    /// <summary>ln b, the same number as the span version gives for b.</summary>
    public static double Log(double b) => PortableMath.Log(b);

    /// <summary><paramref name="result"/>[k] = ln <paramref name="values"/>[k].</summary>
    public static void Log(ReadOnlySpan<double> values, Span<double> result)
        => PortableMath.Log(values, result);

    /// <summary><paramref name="result"/>[k] = e^(r·<paramref name="logs"/>[k]) for one exponent r.</summary>
    public static void Exp(ReadOnlySpan<double> logs, double r, Span<double> result)
        => PortableMath.Exp(logs, r, result);

    /// <summary><paramref name="result"/>[k] = e^(<paramref name="exponents"/>[k]·<paramref name="logs"/>[k]).</summary>
    public static void Exp(ReadOnlySpan<double> logs, ReadOnlySpan<double> exponents, Span<double> result)
        => PortableMath.Exp(logs, exponents, result);
}
