using System.Numerics;

namespace Plenum.Core.Power.Engines;

/// <summary>An exact non-negative rational in lowest terms, with an accurate conversion to double.</summary>
internal readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
{
    public static Fraction Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) return new Fraction(BigInteger.Zero, BigInteger.One);
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return g.IsZero || g.IsOne ? new Fraction(numerator, denominator) : new Fraction(numerator / g, denominator / g);
    }

    /// <summary>Correctly rounded to within an ulp or so even when both parts exceed the double range.</summary>
    public double ToDouble()
    {
        if (Numerator.IsZero) return 0;
        var shift = (long)Denominator.GetBitLength() - (long)Numerator.GetBitLength() + 64;
        var scaled = shift >= 0 ? (Numerator << (int)shift) / Denominator : (Numerator >> (int)-shift) / Denominator;
        return Math.ScaleB((double)scaled, (int)-shift);
    }
}
