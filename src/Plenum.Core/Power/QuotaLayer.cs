namespace Plenum.Core.Power;

/// <summary>
/// One weighted quota condition over all players of a game: the coalition's weight must reach the threshold.
/// </summary>
/// <remarks>
/// Weights that are integers after scaling by 10^d (d ≤ 6) are stored scaled, so sums of up to 2⁵³ are exact
/// in doubles and the exact engines can use <see cref="IntegerWeights"/>. Other weights keep their values and
/// compare with a tolerance of 10⁻⁹ of the total weight.
/// </remarks>
internal sealed class QuotaLayer
{
    private const int MaxDecimals = 6;

    private QuotaLayer(double[] weights, double threshold, long[]? integerWeights, long integerQuota)
    {
        Weights = weights;
        Threshold = threshold;
        IntegerWeights = integerWeights;
        IntegerQuota = integerQuota;
        Total = weights.Sum();
    }

    /// <summary>Per-player weights (scaled when integral).</summary>
    public double[] Weights { get; }

    /// <summary>A coalition meets the layer when its weight is at least this.</summary>
    public double Threshold { get; }

    /// <summary>Integer weights, or null when the weights are not integral at any scale up to 10⁶.</summary>
    public long[]? IntegerWeights { get; }

    /// <summary>The integer quota matching <see cref="IntegerWeights"/>.</summary>
    public long IntegerQuota { get; }

    /// <summary>The weight of all players together.</summary>
    public double Total { get; }

    /// <summary>Builds a layer, scaling decimal weights to integers when that is exact.</summary>
    public static QuotaLayer Create(double[] weights, double quota)
    {
        var scale = 1.0;
        for (var d = 0; d <= MaxDecimals; d++, scale *= 10)
        {
            if (!weights.All(w => IsWhole(w * scale))) continue;
            var scaled = weights.Select(w => Math.Round(w * scale)).ToArray();
            if (scaled.Sum() > 1L << 53) break;
            var q = Math.Ceiling(quota * scale - 1e-9 * Math.Max(1.0, quota * scale));
            return new QuotaLayer(scaled, q, scaled.Select(w => (long)w).ToArray(), (long)q);
        }
        var tolerance = 1e-9 * Math.Max(weights.Sum(), quota);
        return new QuotaLayer((double[])weights.Clone(), quota - tolerance, null, 0);
    }

    /// <summary>The layer over a subset of the players, keeping weights and threshold unchanged.</summary>
    public QuotaLayer Restrict(IReadOnlyList<int> keep) =>
        new(keep.Select(i => Weights[i]).ToArray(), Threshold, IntegerWeights is null ? null : keep.Select(i => IntegerWeights[i]).ToArray(), IntegerQuota);

    private static bool IsWhole(double x) => Math.Abs(x - Math.Round(x)) <= 1e-9 * Math.Max(1.0, Math.Abs(x));
}
