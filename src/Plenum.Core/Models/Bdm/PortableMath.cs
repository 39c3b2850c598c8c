using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// e^x and ln x four at a time, built only from IEEE additions, multiplications, one division and bit
/// operations, so that every lane, vector width, JIT tier and machine gives the same bits; one value goes through
/// the same code (broadcast to four lanes), so a scalar caller gets exactly a vector caller's number.
/// </summary>
/// <remarks>
/// <para>
/// Why not the C library or .NET's <c>Vector256.Exp</c>: the C library's functions cost 10–20 ns each and take a
/// quarter of a Monte Carlo draw; .NET's vector versions changed their last bit when the JIT recompiled the
/// caller at a higher tier, so a run's result depended on how long the process had been running. Here no
/// operation is fused or reordered: the JIT never contracts a multiply and an add into one rounding.
/// </para>
/// <para>
/// e^x: x = k·ln 2 + t with k = round(x / ln 2) (the 1.5·2⁵² shift rounds to nearest), |t| ≤ ln 2 / 2, ln 2 split
/// in a 32-bit head (k·head is exact) and a tail; e^t by its Taylor series to t¹³ (truncation below 5·10⁻¹⁸
/// relative), summed by Estrin's scheme so that the dependency chain is short, then 2^k placed in the exponent bits. Below −745.2 (−∞ included) the answer is 0; the other inputs
/// outside [−708, 709] (where 2^k would leave the normal range), and NaN, go to <see cref="Math.Exp"/>, whose answer
/// there (a subnormal or ∞) is exact or nearly so on every C library.
/// </para>
/// <para>
/// ln x: x = 2^k·m with m in [√½, √2) (integer offset on the bits); f = m − 1, s = f / (2 + f), and
/// ln m = 2·atanh s = f − (f²/2 − s·(f²/2 + R)) with R = Σ 2·z^j / (2j + 1), z = s² ≤ 0.0295, to j = 11
/// (truncation below 2·10⁻¹⁸); the result adds k·ln 2 in the same two parts. ln 0 = −∞; negative, subnormal,
/// infinite and NaN inputs go to <see cref="Math.Log(double)"/>.
/// </para>
/// Both are within about one unit in the last place of the correctly rounded value (tested against
/// <see cref="Math.Exp"/> and <see cref="Math.Log(double)"/> over their ranges).
/// </remarks>
internal static class PortableMath
{
    private const double InverseLn2 = 1.4426950408889634;
    private const double Ln2Head = 6.93147180369123816490e-01; // ln 2 to 32 bits: k·head is exact for |k| < 2²¹
    private const double Ln2Tail = 1.90821492927058770002e-10; // ln 2 − head
    private const double RoundingShift = 6755399441055744.0; // 1.5·2⁵²: adding it rounds to an integer in the low bits
    private const long RoundingShiftBits = 0x4338000000000000;
    private const double ExpLowest = -708.0;
    private const double ExpHighest = 709.0;
    private const double ExpUnderflow = -745.2; // below it e^x is less than half the smallest subnormal
    private const ulong SqrtHalfBits = 0x3FE6A09E667F3BCD; // √½
    private const ulong OneBits = 0x3FF0000000000000;
    private const ulong MantissaMask = 0x000FFFFFFFFFFFFF;
    private const ulong TwoTo52Bits = 0x4330000000000000;
    private const double TwoTo52 = 4503599627370496.0;
    private const double SmallestNormal = 2.2250738585072014e-308;

    /// <summary>e^x, the same bits as lane 0 of <see cref="Exp(Vector256{double})"/>.</summary>
    public static double Exp(double x) => Exp(Vector256.Create(x)).ToScalar();

    /// <summary>ln x, the same bits as lane 0 of <see cref="Log(Vector256{double})"/>.</summary>
    public static double Log(double x) => Log(Vector256.Create(x)).ToScalar();

    /// <summary><paramref name="result"/>[k] = ln <paramref name="values"/>[k]; the spans must not overlap.</summary>
    public static void Log(ReadOnlySpan<double> values, Span<double> result)
    {
        if (result.Length < values.Length || values.Overlaps(result))
            throw new ArgumentException("the result must be as long as the values and apart from them", nameof(result));
        var n = values.Length;
        var k = 0;
        ref var from = ref MemoryMarshal.GetReference(values);
        ref var to = ref MemoryMarshal.GetReference(result);
        for (; k + 4 <= n; k += 4)
            Log(Vector256.LoadUnsafe(ref from, (nuint)k)).StoreUnsafe(ref to, (nuint)k);
        if (k == n) return;
        if (n >= 4)
        {
            // The last four again, overlapping: each lane is computed alone, so the overlap writes the same bits.
            Log(Vector256.LoadUnsafe(ref from, (nuint)(n - 4))).StoreUnsafe(ref to, (nuint)(n - 4));
            return;
        }
        Store(Log(Load(values, 1.0)), result, n);
    }

    /// <summary><paramref name="result"/>[k] = e^(r·<paramref name="logs"/>[k]), the product rounded first.</summary>
    public static void Exp(ReadOnlySpan<double> logs, double r, Span<double> result)
    {
        if (result.Length < logs.Length || logs.Overlaps(result))
            throw new ArgumentException("the result must be as long as the logarithms and apart from them", nameof(result));
        var n = logs.Length;
        var k = 0;
        var factor = Vector256.Create(r);
        ref var from = ref MemoryMarshal.GetReference(logs);
        ref var to = ref MemoryMarshal.GetReference(result);
        for (; k + 4 <= n; k += 4)
            Exp(factor * Vector256.LoadUnsafe(ref from, (nuint)k)).StoreUnsafe(ref to, (nuint)k);
        if (k == n) return;
        if (n >= 4)
        {
            // The last four again, overlapping: each lane is computed alone, so the overlap writes the same bits.
            Exp(factor * Vector256.LoadUnsafe(ref from, (nuint)(n - 4))).StoreUnsafe(ref to, (nuint)(n - 4));
            return;
        }
        Store(Exp(factor * Load(logs, 0.0)), result, n);
    }

    /// <summary><paramref name="result"/>[k] = e^(<paramref name="exponents"/>[k]·<paramref name="logs"/>[k]), each product rounded first.</summary>
    public static void Exp(ReadOnlySpan<double> logs, ReadOnlySpan<double> exponents, Span<double> result)
    {
        if (result.Length < logs.Length || exponents.Length < logs.Length || logs.Overlaps(result) || exponents.Overlaps(result))
            throw new ArgumentException("every span must be as long as the logarithms, and the result apart from the inputs");
        var n = logs.Length;
        var k = 0;
        ref var from = ref MemoryMarshal.GetReference(logs);
        ref var by = ref MemoryMarshal.GetReference(exponents);
        ref var to = ref MemoryMarshal.GetReference(result);
        for (; k + 4 <= n; k += 4)
            Exp(Vector256.LoadUnsafe(ref by, (nuint)k) * Vector256.LoadUnsafe(ref from, (nuint)k)).StoreUnsafe(ref to, (nuint)k);
        if (k == n) return;
        if (n >= 4)
        {
            // The last four again, overlapping: each lane is computed alone, so the overlap writes the same bits.
            Exp(Vector256.LoadUnsafe(ref by, (nuint)(n - 4)) * Vector256.LoadUnsafe(ref from, (nuint)(n - 4))).StoreUnsafe(ref to, (nuint)(n - 4));
            return;
        }
        Store(Exp(Load(exponents, 0.0) * Load(logs, 0.0)), result, n);
    }

    /// <summary>The first one to three values of a short span, the other lanes set to <paramref name="pad"/>.</summary>
    private static Vector256<double> Load(ReadOnlySpan<double> values, double pad) =>
        Vector256.Create(values[0], values.Length > 1 ? values[1] : pad, values.Length > 2 ? values[2] : pad, pad);

    /// <summary>The first <paramref name="n"/> (one to three) lanes into <paramref name="result"/>.</summary>
    private static void Store(Vector256<double> lanes, Span<double> result, int n)
    {
        result[0] = lanes.GetElement(0);
        if (n > 1) result[1] = lanes.GetElement(1);
        if (n > 2) result[2] = lanes.GetElement(2);
    }

    /// <summary>e^x in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x)
    {
        var shifted = x * Vector256.Create(InverseLn2) + Vector256.Create(RoundingShift);
        var k = shifted - Vector256.Create(RoundingShift);
        var t = (x - k * Vector256.Create(Ln2Head)) - k * Vector256.Create(Ln2Tail);
        // e^t = 1 + (t + t²·Q(t)), Q(t) = Σ t^j / (j + 2)! to j = 11, by Estrin's scheme (short dependency chains).
        var t2 = t * t;
        var t4 = t2 * t2;
        var t8 = t4 * t4;
        var a0 = Vector256.Create(1.0 / 2.0) + Vector256.Create(1.0 / 6.0) * t;
        var a1 = Vector256.Create(1.0 / 24.0) + Vector256.Create(1.0 / 120.0) * t;
        var a2 = Vector256.Create(1.0 / 720.0) + Vector256.Create(1.0 / 5040.0) * t;
        var a3 = Vector256.Create(1.0 / 40320.0) + Vector256.Create(1.0 / 362880.0) * t;
        var a4 = Vector256.Create(1.0 / 3628800.0) + Vector256.Create(1.0 / 39916800.0) * t;
        var a5 = Vector256.Create(1.0 / 479001600.0) + Vector256.Create(1.0 / 6227020800.0) * t;
        var q = (a0 + a1 * t2) + (a2 + a3 * t2) * t4 + (a4 + a5 * t2) * t8;
        var p = Vector256<double>.One + (t + t2 * q);
        var exponent = (shifted.AsInt64() - Vector256.Create(RoundingShiftBits) + Vector256.Create(1023L)) << 52;
        var result = p * exponent.AsDouble();
        // e^x rounds to 0 below −745.2 (−∞ included: the logarithm of a zero distance); that is exact here too.
        var zero = Vector256.LessThan(x, Vector256.Create(ExpUnderflow));
        result = Vector256.AndNot(result, zero);
        var inside = zero | (Vector256.GreaterThanOrEqual(x, Vector256.Create(ExpLowest)) & Vector256.LessThanOrEqual(x, Vector256.Create(ExpHighest)));
        return inside.ExtractMostSignificantBits() == 0xF ? result : Outside(x, result, inside, Math.Exp);
    }

    /// <summary>ln x in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log(Vector256<double> x)
    {
        // Offsetting the bits by 1 − √½ moves the exponent's step from 1 to √½, so m = x / 2^k lands in [√½, √2).
        var bits = x.AsUInt64() + Vector256.Create(OneBits - SqrtHalfBits);
        var biased = bits >>> 52;
        var k = (biased | Vector256.Create(TwoTo52Bits)).AsDouble() - Vector256.Create(TwoTo52 + 1023.0);
        var m = ((bits & Vector256.Create(MantissaMask)) + Vector256.Create(SqrtHalfBits)).AsDouble();
        var f = m - Vector256<double>.One;
        var halfSquare = Vector256.Create(0.5) * f * f;
        var s = f / (Vector256.Create(2.0) + f);
        var z = s * s;
        // R = z·P(z), P(z) = Σ 2·z^j / (2j + 3) to j = 10, by Estrin's scheme.
        var z2 = z * z;
        var z4 = z2 * z2;
        var z8 = z4 * z4;
        var a0 = Vector256.Create(2.0 / 3.0) + Vector256.Create(2.0 / 5.0) * z;
        var a1 = Vector256.Create(2.0 / 7.0) + Vector256.Create(2.0 / 9.0) * z;
        var a2 = Vector256.Create(2.0 / 11.0) + Vector256.Create(2.0 / 13.0) * z;
        var a3 = Vector256.Create(2.0 / 15.0) + Vector256.Create(2.0 / 17.0) * z;
        var a4 = Vector256.Create(2.0 / 19.0) + Vector256.Create(2.0 / 21.0) * z;
        var series = z * ((a0 + a1 * z2) + (a2 + a3 * z2) * z4 + (a4 + Vector256.Create(2.0 / 23.0) * z2) * z8);
        var logM = f - (halfSquare - s * (halfSquare + series));
        var result = k * Vector256.Create(Ln2Head) + (logM + k * Vector256.Create(Ln2Tail));
        // ln 0 = −∞ (a zero distance) is common enough to be answered here.
        var zero = Vector256.Equals(x, Vector256<double>.Zero);
        result = Vector256.ConditionalSelect(zero, Vector256.Create(double.NegativeInfinity), result);
        var inside = zero | (Vector256.GreaterThanOrEqual(x, Vector256.Create(SmallestNormal)) & Vector256.LessThan(x, Vector256.Create(double.PositiveInfinity)));
        return inside.ExtractMostSignificantBits() == 0xF ? result : Outside(x, result, inside, Math.Log);
    }

    /// <summary>The lanes outside the fast path's domain, from the C library.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector256<double> Outside(Vector256<double> x, Vector256<double> result, Vector256<double> inside, Func<double, double> library)
    {
        Span<double> lanes = stackalloc double[4];
        result.CopyTo(lanes);
        var mask = inside.ExtractMostSignificantBits();
        for (var lane = 0; lane < 4; lane++)
            if ((mask & (1u << lane)) == 0) lanes[lane] = library(x.GetElement(lane));
        return Vector256.Create<double>(lanes);
    }
}
