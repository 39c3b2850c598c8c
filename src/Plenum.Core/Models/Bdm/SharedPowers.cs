namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Powers b^r as e^(r·ln b), for <see cref="PowerEvaluation.SharedLogarithms"/>: a round raises the same few bases
/// (one per pair of positions) to many exponents (one per actor), so the logarithm is taken once per base and each
/// power costs one exponential instead of a <see cref="Math.Pow"/>.
/// </summary>
/// <remarks>
/// <see cref="Math.Exp"/> and <see cref="Math.Log(double)"/> are the C library's, the same function at every JIT tier and on
/// every thread. The vector versions (<c>Vector256.Exp</c>, <c>Vector256.Log</c> of .NET 10) were tried and rejected:
/// their results changed in the last bit once the JIT recompiled the caller at a higher tier (a test comparing two
/// scans of one round failed only after a warm-up, and passed with <c>DOTNET_TieredCompilation=0</c>), so a run's
/// result would depend on how long the process had been running. Against <see cref="Math.Pow"/> the relative
/// difference is a few parts in 10¹⁵ (the error of ln b, scaled by r·|ln b|, plus the exponential's own).
/// ln 0 = −∞ gives e^(−∞) = 0 = 0^r. A negative base has no logarithm (NaN); <see cref="Power"/> falls back to
/// <see cref="Math.Pow"/> there, which never happens with positions inside the range.
/// </remarks>
internal static class SharedPowers
{
    /// <summary>b^r from ln b, or <see cref="Math.Pow"/> when b has no logarithm.</summary>
    public static double Power(double logBase, double b, double r) =>
        double.IsNaN(logBase) ? Math.Pow(b, r) : Math.Exp(r * logBase);

    /// <summary><paramref name="result"/>[k] = ln <paramref name="values"/>[k].</summary>
    public static void Log(ReadOnlySpan<double> values, Span<double> result)
    {
        for (var k = 0; k < values.Length; k++) result[k] = Math.Log(values[k]);
    }

    /// <summary><paramref name="result"/>[k] = e^(r·<paramref name="logs"/>[k]) for one exponent r.</summary>
    public static void Exp(ReadOnlySpan<double> logs, double r, Span<double> result)
    {
        for (var k = 0; k < logs.Length; k++) result[k] = Math.Exp(r * logs[k]);
    }

    /// <summary><paramref name="result"/>[k] = e^(<paramref name="exponents"/>[k]·<paramref name="logs"/>[k]).</summary>
    public static void Exp(ReadOnlySpan<double> logs, ReadOnlySpan<double> exponents, Span<double> result)
    {
        for (var k = 0; k < logs.Length; k++) result[k] = Math.Exp(exponents[k] * logs[k]);
    }
}
