namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Every state a run has been in, to recognise a cycle: the next state depends only on the current positions
/// (ρ is fixed or derived from them), so a repeated state means the run repeats forever from there.
/// </summary>
/// <remarks>States are compared bit for bit after snapping; a hash of the bits finds candidates in O(n).</remarks>
internal sealed class StateHistory
{
    private readonly Dictionary<long, List<int>> _byHash = [];
    private readonly List<double[]> _states = [];

    /// <summary>The state after round <paramref name="round"/> (rounds are added in order from 0).</summary>
    public double[] this[int round] => _states[round];

    /// <summary>Records the state after the next round and returns the earlier round with the same state, or null.</summary>
    public int? Add(double[] positions)
    {
        var round = _states.Count;
        var copy = (double[])positions.Clone();
        var hash = Hash(copy);
        int? earlier = null;
        if (_byHash.TryGetValue(hash, out var rounds))
        {
            foreach (var r in rounds)
            {
                if (_states[r].AsSpan().SequenceEqual(copy))
                {
                    earlier = r;
                    break;
                }
            }
            rounds.Add(round);
        }
        else
        {
            _byHash[hash] = [round];
        }
        _states.Add(copy);
        return earlier;
    }

    private static long Hash(double[] positions)
    {
        unchecked
        {
            long h = 1469598103934665603;
            foreach (var x in positions) h = (h ^ BitConverter.DoubleToInt64Bits(x)) * 1099511628211;
            return h;
        }
    }
}
