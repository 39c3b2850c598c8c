namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Every state a run has been in, to recognise a fixed point or a cycle. The next state depends only on the
/// current positions (ρ is fixed or derived from them), so a state that returns means the run repeats from there.
/// </summary>
/// <remarks>
/// Two states are the same when no actor's positions differ by more than the position tolerance (the one used to
/// merge positions), so a cycle is found once the orbit closes to within that tolerance, not only when rounding
/// happens to reproduce every bit. Candidates are found through the weighted mean, which moves by at most the
/// largest position change: only earlier states whose mean lies within the tolerance are compared in full.
/// </remarks>
/// <param name="rounds">How many states the lists have room for before they grow.</param>
internal sealed class StateHistory(double[] weights, double tolerance, int rounds = 0)
{
    private readonly List<double[]> _states = new(rounds);
    private readonly List<(double Mean, int Round)> _byMean = new(rounds);

    /// <summary>Records the state after the next round (rounds are added in order from 0) and returns the earliest round with the same state, or null.</summary>
    public int? Add(double[] positions) => AddKept((double[])positions.Clone());

    /// <summary>
    /// As <see cref="Add"/>, keeping <paramref name="copy"/> itself rather than a copy of it: for a caller that already
    /// holds an unchanging copy of the state (the trajectory's), so the run keeps one array per round instead of two.
    /// </summary>
    public int? AddKept(double[] copy)
    {
        var round = _states.Count;
        var mean = WeightedStatistics.Mean(copy, weights);
        int? earlier = null;
        var from = LowerBound(mean - tolerance);
        for (var k = from; k < _byMean.Count && _byMean[k].Mean <= mean + tolerance; k++)
        {
            var candidate = _byMean[k].Round;
            if ((earlier is null || candidate < earlier) && Same(_states[candidate], copy)) earlier = candidate;
        }
        _byMean.Insert(LowerBound(mean), (mean, round));
        _states.Add(copy);
        return earlier;
    }

    private bool Same(double[] a, double[] b)
    {
        for (var i = 0; i < a.Length; i++)
            if (Math.Abs(a[i] - b[i]) > tolerance) return false;
        return true;
    }

    private int LowerBound(double mean)
    {
        int lo = 0, hi = _byMean.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_byMean[mid].Mean < mean) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
