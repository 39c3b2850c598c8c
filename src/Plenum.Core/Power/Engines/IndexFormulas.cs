using System.Numerics;

namespace Plenum.Core.Power.Engines;

/// <summary>Turns exact counts into exact index values (formulas in docs/power.md).</summary>
internal static class IndexFormulas
{
    /// <summary>Penrose: ηᵢ / 2ⁿ⁻¹.</summary>
    public static Fraction[] Penrose(CoalitionCounts c) =>
        c.Swings.Select(s => Fraction.Of(Sum(s), BigInteger.One << (c.PlayerCount - 1))).ToArray();

    /// <summary>Normalised Banzhaf: ηᵢ / Σⱼ ηⱼ.</summary>
    public static Fraction[] Banzhaf(CoalitionCounts c)
    {
        var total = c.Swings.Aggregate(BigInteger.Zero, (a, s) => a + Sum(s));
        return c.Swings.Select(s => Fraction.Of(Sum(s), total)).ToArray();
    }

    /// <summary>Shapley–Shubik: Σₛ cᵢ[s]·s!(n−1−s)!/n!.</summary>
    /// <remarks>Players with equal weights share one count array; each distinct array is evaluated once.</remarks>
    public static Fraction[] ShapleyShubik(CoalitionCounts c)
    {
        var n = c.PlayerCount;
        var factorial = new BigInteger[n + 1];
        factorial[0] = 1;
        for (var k = 1; k <= n; k++) factorial[k] = factorial[k - 1] * k;
        var coefficient = new BigInteger[n];
        for (var s = 0; s < n; s++) coefficient[s] = factorial[s] * factorial[n - 1 - s];
        var done = new Dictionary<BigInteger[], Fraction>(ReferenceEqualityComparer.Instance);
        return c.Swings.Select(bySize =>
        {
            if (done.TryGetValue(bySize, out var known)) return known;
            var sum = BigInteger.Zero;
            for (var s = 0; s < bySize.Length && s < n; s++)
                if (!bySize[s].IsZero) sum += bySize[s] * coefficient[s];
            return done[bySize] = Fraction.Of(sum, factorial[n]);
        }).ToArray();
    }

    /// <summary>Holler: mᵢ / Σⱼ mⱼ, with mᵢ the minimal winning coalitions containing i.</summary>
    public static Fraction[] Holler(CoalitionCounts c)
    {
        var per = c.MinimalBySize!.Select(Sum).ToArray();
        var total = per.Aggregate(BigInteger.Zero, (a, b) => a + b);
        return per.Select(m => Fraction.Of(m, total)).ToArray();
    }

    /// <summary>Deegan–Packel: (1/|MWC|)·Σ over minimal winning S ∋ i of 1/|S|.</summary>
    public static Fraction[] DeeganPackel(CoalitionCounts c)
    {
        var n = c.PlayerCount;
        var lcm = LcmUpTo(n);
        return c.MinimalBySize!.Select(bySize =>
        {
            var sum = BigInteger.Zero;
            for (var s = 1; s < bySize.Length; s++) sum += bySize[s] * (lcm / s);
            return Fraction.Of(sum, lcm * c.MinimalWinning!.Value);
        }).ToArray();
    }

    /// <summary>Johnston: Σ over vulnerable S with i critical of 1/k(S), normalised to sum 1.</summary>
    public static Fraction[] Johnston(CoalitionCounts c)
    {
        var lcm = LcmUpTo(c.PlayerCount);
        var raw = c.CriticalByCount!.Select(byK =>
        {
            var sum = BigInteger.Zero;
            for (var k = 1; k < byK.Length; k++) sum += byK[k] * (lcm / k);
            return sum;
        }).ToArray();
        var total = raw.Aggregate(BigInteger.Zero, (a, b) => a + b);
        return raw.Select(r => Fraction.Of(r, total)).ToArray();
    }

    private static BigInteger Sum(BigInteger[] values) => values.Aggregate(BigInteger.Zero, (a, b) => a + b);

    private static BigInteger LcmUpTo(int n)
    {
        BigInteger l = 1;
        for (var k = 2; k <= n; k++) l = l / BigInteger.GreatestCommonDivisor(l, k) * k;
        return l;
    }
}
