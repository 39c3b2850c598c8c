using System.Numerics;

namespace Plenum.Core.Power.Engines;

/// <summary>
/// Exact counting in residues: counts of coalitions are at most 2ⁿ, so they are computed modulo 2⁶⁴ (plain
/// wrapping arithmetic) and, for n ≥ 64, also modulo 62-bit primes, and recombined by the Chinese remainder
/// theorem. Subtraction (polynomial division) is then exact, unlike in floating point.
/// </summary>
internal static class ModularLanes
{
    // The largest primes below 2^62 (checked by deterministic Miller–Rabin). With 2^64 they cover n ≤ 1,527.
    private static readonly ulong[] Primes =
    [
        0x3fffffffffffffc7UL, 0x3fffffffffffffa9UL, 0x3fffffffffffff8bUL, 0x3fffffffffffff71UL,
        0x3fffffffffffff67UL, 0x3fffffffffffff59UL, 0x3fffffffffffff55UL, 0x3fffffffffffff3dUL,
        0x3fffffffffffff35UL, 0x3ffffffffffffeefUL, 0x3ffffffffffffee1UL, 0x3ffffffffffffec3UL,
        0x3ffffffffffffe45UL, 0x3ffffffffffffe1dUL, 0x3ffffffffffffe11UL, 0x3ffffffffffffdc1UL,
        0x3ffffffffffffdbbUL, 0x3ffffffffffffda5UL, 0x3ffffffffffffd87UL, 0x3ffffffffffffd69UL,
        0x3ffffffffffffd03UL, 0x3ffffffffffffcfbUL, 0x3ffffffffffffcf7UL, 0x3ffffffffffffce9UL,
    ];

    /// <summary>The largest count (in bits) the lanes can represent.</summary>
    public static int MaxBits => 63 + 61 * Primes.Length;

    /// <summary>How many lanes counts below 2^<paramref name="bits"/> need (lane 0 is 2⁶⁴).</summary>
    public static int LanesFor(int bits) => bits <= 63 ? 1 : 1 + (bits - 63 + 60) / 61;

    /// <summary>The modulus of lane <paramref name="lane"/> (lane 0 is 2⁶⁴, shown as 0).</summary>
    public static ulong Modulus(int lane) => lane == 0 ? 0 : Primes[lane - 1];

    /// <summary>Recombines residues (one per lane) into the non-negative integer below the lanes' product.</summary>
    public static BigInteger Combine(ReadOnlySpan<ulong> residues) => new Recombiner(residues.Length).Combine(residues);

    /// <summary>Garner's mixed-radix reconstruction with the modular inverses computed once per lane count.</summary>
    public sealed class Recombiner
    {
        private readonly ulong[] _inverses;
        private readonly BigInteger[] _products;

        public Recombiner(int lanes)
        {
            _inverses = new ulong[lanes];
            _products = new BigInteger[lanes];
            BigInteger product = BigInteger.One << 64;
            for (var k = 1; k < lanes; k++)
            {
                var p = Primes[k - 1];
                _products[k] = product;
                _inverses[k] = (ulong)BigInteger.ModPow(product % p, p - 2, p);
                product *= p;
            }
        }

        /// <summary>x = a0 + m0·(t1 + m1·(t2 + …)), each tk chosen so that x ≡ ak modulo lane k.</summary>
        public BigInteger Combine(ReadOnlySpan<ulong> residues)
        {
            BigInteger x = residues[0];
            for (var k = 1; k < residues.Length; k++)
            {
                var p = Primes[k - 1];
                var current = (ulong)(x % p);
                var diff = residues[k] >= current ? residues[k] - current : residues[k] + (p - current);
                var t = (ulong)(((UInt128)diff * _inverses[k]) % p);
                x += _products[k] * t;
            }
            return x;
        }
    }
}

/// <summary>Addition and subtraction in one residue lane, scalar and SIMD; the JIT specialises each struct.</summary>
internal interface ILaneArithmetic
{
    ulong Add(ulong a, ulong b);
    ulong Sub(ulong a, ulong b);
    ulong Mul(ulong a, ulong b);
    Vector<ulong> Add(Vector<ulong> a, Vector<ulong> b);
    Vector<ulong> Sub(Vector<ulong> a, Vector<ulong> b);
}

/// <summary>Arithmetic modulo 2⁶⁴: the machine's own wrap-around.</summary>
internal readonly struct WrapLane : ILaneArithmetic
{
    public ulong Add(ulong a, ulong b) => unchecked(a + b);
    public ulong Sub(ulong a, ulong b) => unchecked(a - b);
    public ulong Mul(ulong a, ulong b) => unchecked(a * b);
    public Vector<ulong> Add(Vector<ulong> a, Vector<ulong> b) => a + b;
    public Vector<ulong> Sub(Vector<ulong> a, Vector<ulong> b) => a - b;
}

/// <summary>
/// Arithmetic modulo a prime below 2⁶², branch-free. Residues stay below 2⁶², so sums and differences fit a
/// signed 64-bit lane and the reduction is one signed compare (AVX2 has no unsigned 64-bit min or compare).
/// </summary>
internal readonly struct PrimeLane : ILaneArithmetic
{
    private readonly ulong _p;
    private readonly Vector<long> _vp;

    public PrimeLane(ulong p)
    {
        _p = p;
        _vp = new Vector<long>((long)p);
    }

    public ulong Add(ulong a, ulong b)
    {
        var s = a + b;
        return s >= _p ? s - _p : s;
    }

    public ulong Sub(ulong a, ulong b) => a >= b ? a - b : a + (_p - b);

    public ulong Mul(ulong a, ulong b) => (ulong)(((UInt128)a * b) % _p);

    public Vector<ulong> Add(Vector<ulong> a, Vector<ulong> b)
    {
        var s = Vector.AsVectorInt64(a) + Vector.AsVectorInt64(b);
        var below = Vector.GreaterThan(_vp, s);
        return Vector.AsVectorUInt64(s - Vector.AndNot(_vp, below));
    }

    public Vector<ulong> Sub(Vector<ulong> a, Vector<ulong> b)
    {
        var d = Vector.AsVectorInt64(a) - Vector.AsVectorInt64(b);
        var negative = Vector.LessThan(d, Vector<long>.Zero);
        return Vector.AsVectorUInt64(d + (_vp & negative));
    }
}
