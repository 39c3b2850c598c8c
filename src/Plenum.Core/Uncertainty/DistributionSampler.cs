using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>Draws from the distributions a scenario's numbers may carry.</summary>
public static class DistributionSampler
{
    /// <summary>One draw from <paramref name="d"/>.</summary>
    public static double Draw(Distribution d, RandomStream random) => d switch
    {
        UniformDistribution u => u.Low + (u.High - u.Low) * random.NextDouble(),
        TriangularDistribution t => Triangular(t, random.NextDouble()),
        NormalDistribution n => n.Mean + n.StandardDeviation * random.NextGaussian(),
        BetaDistribution b => b.Low + (b.High - b.Low) * Beta(b.Alpha, b.Beta, random),
        _ => throw new ArgumentOutOfRangeException(nameof(d), d, "unknown distribution"),
    };

    /// <summary>Inverse CDF of the triangular distribution at u ∈ [0, 1).</summary>
    internal static double Triangular(TriangularDistribution t, double u)
    {
        var (a, c, b) = (t.Low, t.Mode, t.High);
        var split = (c - a) / (b - a);
        return u < split
            ? a + Math.Sqrt(u * (b - a) * (c - a))
            : b - Math.Sqrt((1 - u) * (b - a) * (b - c));
    }

    /// <summary>Beta(α, β) on [0, 1] as X/(X+Y) with X ~ Gamma(α), Y ~ Gamma(β).</summary>
    internal static double Beta(double alpha, double beta, RandomStream random)
    {
        var x = Gamma(alpha, random);
        var y = Gamma(beta, random);
        return x / (x + y);
    }

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang (2000); shapes below 1 by the boost u^(1/shape).</summary>
    internal static double Gamma(double shape, RandomStream random)
    {
        if (shape < 1)
        {
            double u;
            do { u = random.NextDouble(); } while (u <= 0);
            return Gamma(shape + 1, random) * Math.Pow(u, 1 / shape);
        }
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = random.NextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            var u = random.NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x) return d * v;
            if (u > 0 && Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v))) return d * v;
        }
    }
}
