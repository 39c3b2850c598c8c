namespace Plenum.Core.Models;

/// <summary>The weighted mean and weighted median every model reports next to its forecast.</summary>
public static class WeightedStatistics
{
    private const int StackLimit = 128;

    /// <summary>Σ wᵢxᵢ / Σ wᵢ. With zero total weight, the plain mean.</summary>
    public static double Mean(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        double sw = 0, swx = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            sw += weights[i];
            swx += weights[i] * positions[i];
        }
        if (sw > 0) return swx / sw;
        double s = 0;
        foreach (var x in positions) s += x;
        return positions.Length == 0 ? double.NaN : s / positions.Length;
    }

    /// <summary>
    /// The weighted median: the position y among the xᵢ minimising Σ wᵢ|xᵢ − y| (the Condorcet winner of
    /// pairwise weighted votes). Where two positions tie (cumulative weight exactly one half), the lower one.
    /// </summary>
    /// <remarks>Θ(n log n): sort, then the first position at which cumulative weight reaches half the total.</remarks>
    public static double Median(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        var n = positions.Length;
        if (n == 0) return double.NaN;
        // Small issues (every Monte Carlo round of a typical scenario) sort on the stack; the sort is the one
        // Array.Sort(keys, items) uses, so ties come out in the same order.
        Span<int> order = n <= StackLimit ? stackalloc int[n] : new int[n];
        Span<double> xs = n <= StackLimit ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++) order[i] = i;
        positions.CopyTo(xs);
        xs.Sort(order);
        double total = 0;
        foreach (var w in weights) total += w;
        if (total <= 0) return xs[(n - 1) / 2];
        double cumulative = 0;
        for (var k = 0; k < n; k++)
        {
            cumulative += weights[order[k]];
            // Several actors may share a position: accumulate the whole group before deciding.
            if (k + 1 < n && xs[k + 1] == xs[k]) continue;
            if (cumulative >= total / 2) return xs[k];
        }
        return xs[n - 1];
    }
}
