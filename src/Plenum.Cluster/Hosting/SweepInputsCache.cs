using System.Collections.Concurrent;
using Plenum.Cluster.Contracts;

namespace Plenum.Cluster.Hosting;

/// <summary>
/// The parsed inputs of the last few sweeps on this silo, so the batches of a sweep parse its scenario once.
/// </summary>
public sealed class SweepInputsCache
{
    private const int Capacity = 8;
    private readonly ConcurrentDictionary<string, Lazy<SweepInputs>> _bySweep = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>The inputs of the sweep, read from the request the first time.</summary>
    public SweepInputs Get(string sweepId, SweepRequest request)
    {
        var lazy = _bySweep.GetOrAdd(sweepId, _ =>
        {
            _order.Enqueue(sweepId);
            return new Lazy<SweepInputs>(() => SweepInputs.Load(request));
        });
        while (_order.Count > Capacity && _order.TryDequeue(out var old)) _bySweep.TryRemove(old, out _);
        try
        {
            return lazy.Value;
        }
        catch
        {
            _bySweep.TryRemove(sweepId, out _);
            throw;
        }
    }
}
