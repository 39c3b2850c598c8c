namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Buffers one issue run reuses from round to round: the support matrix pair (m² doubles each, the largest
/// allocation of a round) and the per-mover utility cache of single-threaded rounds.
/// </summary>
/// <remarks>
/// A round reads a matrix only while it is being played, so the next round may overwrite it. Not thread-safe:
/// one workspace per issue run. Reuse changes no result; it spares the allocator and the garbage collector
/// (a 1,000-actor round would otherwise take 16 MB of large-object heap per pass, and Monte Carlo runs of small
/// issues allocate a few kilobytes per round, many times over, on every thread).
/// </remarks>
internal sealed class BdmWorkspace
{
    private double[] _support = [];
    private double[] _transposed = [];

    /// <summary>The cache of <see cref="BdmRound"/>'s offers loop when it runs on one thread.</summary>
    public MoverUtilityCache Movers { get; } = new();

    /// <summary>Two buffers of at least <paramref name="cells"/> doubles, contents undefined.</summary>
    public (double[] Support, double[] Transposed) Matrices(long cells)
    {
        if (_support.LongLength < cells)
        {
            _support = [];
            _transposed = [];
            _support = GC.AllocateUninitializedArray<double>(checked((int)cells));
            _transposed = GC.AllocateUninitializedArray<double>(checked((int)cells));
        }
        return (_support, _transposed);
    }
}
