using System.Buffers;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Buffers one issue run reuses from round to round: the support matrix pair (m² doubles each, the largest
/// allocation of a round), the per-mover utility cache of single-threaded rounds, and every smaller array a round
/// of a small issue needs (sorted voters, prefix sums, securities, risk profile, new positions), so that a Monte
/// Carlo draw of a small issue allocates little beyond the trajectory it returns.
/// </summary>
/// <remarks>
/// A round reads a matrix only while it is being played, so the next round may overwrite it. Not thread-safe:
/// one workspace per issue run. Reuse changes no result; it spares the allocator and the garbage collector
/// (a 1,000-actor round would otherwise take 16 MB of large-object heap per pass, and Monte Carlo runs of small
/// issues allocate a few kilobytes per round, many times over, on every thread). Matrices of up to
/// <see cref="PooledCells"/> cells come from the shared array pool and go back to it on <see cref="Dispose"/>, so
/// that successive runs of a large issue (one round each, or a Monte Carlo of a large body) do not each take fresh
/// pages of large-object heap and a full collection; larger ones (10,000 actors: 800 MB each) are allocated, so that
/// the pool never keeps gigabytes alive after a run.
/// </remarks>
internal sealed class BdmWorkspace : IDisposable
{
    /// <summary>Largest matrix taken from the shared pool: 2²² doubles (32 MB), m ≤ 2,048 distinct positions.</summary>
    public const long PooledCells = 1L << 22;

    private double[] _support = [];
    private double[] _transposed = [];
    private bool _pooled;
    private double[] _passOne = [];
    private double[] _passOneRows = [];
    private ExpectedUtility? _utility;

    /// <summary>The cache of <see cref="BdmRound"/>'s offers loop when it runs on one thread.</summary>
    public MoverUtilityCache Movers { get; } = new();

    /// <summary>The offers scan of small issues under the default readings.</summary>
    public PositionScan Scan { get; } = new();

    /// <summary>The round's table of logarithms for <see cref="PowerEvaluation.SharedLogarithms"/> (small issues).</summary>
    public DistanceLogs Logs { get; } = new();

    /// <summary>The round's voters sorted into slots, read by both passes.</summary>
    public PositionSlots Slots { get; } = new();

    /// <summary>Pass 1's prefix sums (Scholz code).</summary>
    public LinearSupport Linear { get; } = new();

    /// <summary>Pass 1's sums and the risk profile's arrays.</summary>
    public RiskExponents.Scratch RiskScratch { get; } = new();

    /// <summary>Pass 2's voter arrays, row sums and row scratch (the matrices themselves: <see cref="Matrices"/>).</summary>
    public SupportMatrix.Scratch SupportScratch { get; } = new();

    /// <summary>The per-actor arrays of a round.</summary>
    public RoundBuffers Round { get; } = new();

    /// <summary>The round's probabilities, refilled every round (<see cref="SuccessProbability.Compute(ProbabilityRule, PositionSlots, ReadOnlySpan{double}, double[], double, BdmWorkspace, PowerEvaluation)"/>).</summary>
    public SuccessProbability? Probability { get; set; }

    /// <summary>What the offers of a round depend on, re-aimed every round.</summary>
    public OfferSearch.Context? Offers { get; set; }

    /// <summary>The round's outcome, refilled every round.</summary>
    public RoundOutcome? Outcome { get; set; }

    /// <summary>The nearest-first search's scratch when it runs on one thread.</summary>
    public OfferSearch.Scratch Search { get; } = new();

    /// <summary>
    /// The round's expected utility: the previous round's instance when its parameters are the same to the bit (every
    /// round of a run with Q = 1 and a fixed range), else a new one. Instances are immutable, so sharing changes nothing.
    /// </summary>
    public ExpectedUtility Utility(double q, ImprovementRule t, double medianVoter, double range)
    {
        if (_utility is not { } last || !last.Has(q, t, medianVoter, range)) _utility = new ExpectedUtility(q, t, medianVoter, range);
        return _utility;
    }

    /// <summary>Two buffers of at least <paramref name="cells"/> doubles, contents undefined.</summary>
    public (double[] Support, double[] Transposed) Matrices(long cells)
    {
        if (_support.LongLength < cells)
        {
            Release();
            _pooled = cells <= PooledCells;
            _support = _pooled ? ArrayPool<double>.Shared.Rent((int)cells) : GC.AllocateUninitializedArray<double>(checked((int)cells));
            _transposed = _pooled ? ArrayPool<double>.Shared.Rent((int)cells) : GC.AllocateUninitializedArray<double>(checked((int)cells));
        }
        return (_support, _transposed);
    }

    /// <summary>
    /// Pass 1's m × m matrix and m row sums for small issues (<see cref="RiskExponents"/>), contents undefined; at
    /// least as long as asked, so callers slice them.
    /// </summary>
    public (double[] Matrix, double[] RowSums) PassOne(int m)
    {
        if (_passOne.Length < m * m) _passOne = new double[m * m];
        if (_passOneRows.Length < m) _passOneRows = new double[m];
        return (_passOne, _passOneRows);
    }

    /// <summary>Gives pooled matrices back; the workspace must not be used for another round afterwards.</summary>
    public void Dispose() => Release();

    private void Release()
    {
        if (_pooled)
        {
            ArrayPool<double>.Shared.Return(_support);
            ArrayPool<double>.Shared.Return(_transposed);
        }
        _support = [];
        _transposed = [];
        _pooled = false;
    }
}
