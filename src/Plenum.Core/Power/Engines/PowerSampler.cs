using Plenum.Core.Randomness;

namespace Plenum.Core.Power.Engines;

/// <summary>Monte Carlo estimates with a simultaneous (all players at once) error bound.</summary>
/// <param name="Values">[index][player].</param>
/// <param name="ErrorBounds">Per index: the half-width that holds for every player at once.</param>
internal sealed record SampledValues(Dictionary<PowerIndex, double[]> Values, Dictionary<PowerIndex, double> ErrorBounds);

/// <summary>
/// Estimates indices from random orderings (Shapley–Shubik: the pivot of each ordering) and random coalitions
/// (each player in with probability ½: Banzhaf swings, critical members, minimal winning coalitions), after
/// Bachrach et al. (2010). Error bounds are Hoeffding's with a union bound over the n players and, for
/// normalised indices, over the normalising total; a ratio â/b̂ is then within (ε_a + v̂·ε_b)/(b̂ − ε_b).
/// </summary>
internal static class PowerSampler
{
    public static SampledValues Estimate(GameRule rule, IReadOnlyCollection<PowerIndex> indices, int samples, double confidence, RandomStream random)
    {
        var n = rule.PlayerCount;
        var delta = 1 - confidence;
        var epsilon = Math.Sqrt(Math.Log(2.0 * (n + 1) / delta) / (2.0 * samples));
        var values = new Dictionary<PowerIndex, double[]>();
        var bounds = new Dictionary<PowerIndex, double>();
        if (indices.Contains(PowerIndex.ShapleyShubik))
        {
            values[PowerIndex.ShapleyShubik] = SampleOrderings(rule, samples, random);
            bounds[PowerIndex.ShapleyShubik] = Math.Min(1, epsilon);
        }
        var coalitionIndices = indices.Where(i => i != PowerIndex.ShapleyShubik).ToList();
        if (coalitionIndices.Count == 0) return new SampledValues(values, bounds);

        var sums = SampleCoalitions(rule, samples, random);
        foreach (var index in coalitionIndices)
        {
            var (raw, range) = index switch
            {
                PowerIndex.Penrose or PowerIndex.Banzhaf => (sums.Pivotal, (double)n),
                PowerIndex.Johnston => (sums.Johnston, 1.0),
                PowerIndex.Holler => (sums.Minimal, (double)n),
                _ => (sums.DeeganPackel, 1.0),
            };
            var means = raw.Select(v => v / samples).ToArray();
            if (index == PowerIndex.Penrose)
            {
                values[index] = means;
                bounds[index] = Math.Min(1, epsilon);
                continue;
            }
            var total = means.Sum();
            var totalError = range * epsilon;
            var normalised = means.Select(v => total > 0 ? v / total : 0).ToArray();
            values[index] = normalised;
            bounds[index] = total > totalError
                ? Math.Min(1, (epsilon + normalised.Max() * totalError) / (total - totalError))
                : 1;
        }
        return new SampledValues(values, bounds);
    }

    private static double[] SampleOrderings(GameRule rule, int samples, RandomStream random)
    {
        var n = rule.PlayerCount;
        var counts = new double[n];
        var order = Enumerable.Range(0, n).ToArray();
        var sums = new double[rule.Layers.Count];
        for (var m = 0; m < samples; m++)
        {
            for (var i = n - 1; i > 0; i--)
            {
                var j = random.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            Array.Clear(sums);
            foreach (var p in order)
            {
                for (var l = 0; l < sums.Length; l++) sums[l] += rule.Layers[l].Weights[p];
                if (!rule.WinsWithSums(sums)) continue;
                counts[p]++;
                break;
            }
        }
        return counts.Select(c => c / samples).ToArray();
    }

    private sealed record CoalitionTallies(double[] Pivotal, double[] Johnston, double[] Minimal, double[] DeeganPackel);

    private static CoalitionTallies SampleCoalitions(GameRule rule, int samples, RandomStream random)
    {
        var n = rule.PlayerCount;
        var layers = rule.Layers.Count;
        var tallies = new CoalitionTallies(new double[n], new double[n], new double[n], new double[n]);
        var member = new bool[n];
        var pivotal = new bool[n];
        var sums = new double[layers];
        var other = new double[layers];
        for (var m = 0; m < samples; m++)
        {
            Array.Clear(sums);
            var size = 0;
            var bits = 0UL;
            for (var i = 0; i < n; i++)
            {
                if ((i & 63) == 0) bits = random.NextUInt64();
                member[i] = (bits >> (i & 63) & 1) != 0;
                if (!member[i]) continue;
                size++;
                for (var l = 0; l < layers; l++) sums[l] += rule.Layers[l].Weights[i];
            }
            var wins = rule.WinsWithSums(sums);
            var critical = 0;
            for (var i = 0; i < n; i++)
            {
                var sign = member[i] ? -1.0 : 1.0;
                for (var l = 0; l < layers; l++) other[l] = sums[l] + sign * rule.Layers[l].Weights[i];
                pivotal[i] = wins != rule.WinsWithSums(other);
                if (pivotal[i]) tallies.Pivotal[i]++;
                if (wins && member[i] && pivotal[i]) critical++;
            }
            if (!wins || critical == 0) continue;
            var isMinimal = critical == size;
            for (var i = 0; i < n; i++)
            {
                if (!member[i] || !pivotal[i]) continue;
                tallies.Johnston[i] += 1.0 / critical;
                if (!isMinimal) continue;
                tallies.Minimal[i]++;
                tallies.DeeganPackel[i] += 1.0 / size;
            }
        }
        return tallies;
    }
}
