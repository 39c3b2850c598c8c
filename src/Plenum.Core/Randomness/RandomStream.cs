namespace Plenum.Core.Randomness;

/// <summary>
/// A seeded stream of random numbers (xoshiro256**, seeded through SplitMix64) that a model owns.
/// </summary>
/// <remarks>
/// Each Monte Carlo run or batch takes its own stream from <see cref="ForRun"/>, so results do not depend on
/// the order in which threads or machines run the work. Not thread-safe: one stream per run.
/// </remarks>
public sealed class RandomStream
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Creates a stream from a seed.</summary>
    public RandomStream(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix(ref sm);
        _s1 = SplitMix(ref sm);
        _s2 = SplitMix(ref sm);
        _s3 = SplitMix(ref sm);
    }

    /// <summary>The seed the stream was made from, for the record.</summary>
    public static RandomStream FromSeed(long seed) => new(unchecked((ulong)seed));

    /// <summary>The independent stream of run <paramref name="runIndex"/> under <paramref name="seed"/>.</summary>
    public static RandomStream ForRun(long seed, long runIndex)
    {
        // Mix seed and index through SplitMix so neighbouring runs get unrelated streams.
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)runIndex * 0xD1B54A32D192ED03UL);
        return new RandomStream(SplitMix(ref x));
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int NextInt(int maxExclusive)
    {
        if (maxExclusive <= 0) throw new ArgumentOutOfRangeException(nameof(maxExclusive), "must be positive");
        var bound = (ulong)maxExclusive;
        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var r = NextUInt64();
            if (r >= threshold) return (int)(r % bound);
        }
    }

    /// <summary>A standard normal draw (Box–Muller, one of the pair used).</summary>
    public double NextGaussian()
    {
        double u1;
        do { u1 = NextDouble(); } while (u1 <= double.Epsilon);
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        var z = x;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
