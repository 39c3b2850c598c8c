using System.Runtime.CompilerServices;
namespace Plenum.Core.Models.Smp;

/// <summary>
/// The probability of each bargain in an actor's queue (KTAB <c>doBCN</c>'s <c>brgnUtil</c> and
/// <c>scalarPCE</c>): every actor values the state a bargain would produce, holding all other positions
/// fixed, as the mean of its utilities for the n positions; then a capability-weighted election.
/// </summary>
/// <remarks>Thread-safe after construction; row sums are computed once per state.</remarks>
internal sealed class BargainResolution
{
    private readonly SmpProblem _problem;
    private readonly SmpState _state;
    private readonly SmpOptions _options;
    private readonly double[] _rowSums;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BargainResolution(SmpProblem problem, SmpState state, SmpOptions options)
    {
        _problem = problem;
        _state = state;
        _options = options;
        var n = problem.Actors;
        _rowSums = new double[n];
        for (var a = 0; a < n; a++)
        {
            double sum = 0;
            for (var x = 0; x < n; x++) sum += Own(a, x);
            _rowSums[a] = sum;
        }
    }

    /// <summary>Actor a's utility for actor x's position, with its own risk attitude.</summary>
    private double Own(int a, int x) => SmpState.Utility(_state.DistanceTo[x * _problem.Actors + a], _state.Risk[a]);

    /// <summary>
    /// Actor a's utility for a point y, measured from a's ideal point with a's risk attitude (KTAB <c>posUtil</c>).
    /// Some KTAB versions measure from the current position; the 2017 reference run of smpExample.xml, whose
    /// ideals differ from positions, is reproduced only from the ideal.
    /// </summary>
    private double UtilityOf(int a, ReadOnlySpan<double> y) =>
        SmpState.Utility(_state.Distance(a, _state.IdealOf(a), y), _state.Risk[a]);

    /// <summary>U(a, b) for every actor a (KTAB's mean over the n positions after bargain b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Utilities(SmpBargain b, Span<double> into)
    {
        var n = _problem.Actors;
        for (var a = 0; a < n; a++)
        {
            if (b.IsStatusQuo)
            {
                into[a] = _rowSums[a] / n;
                continue;
            }
            var sum = UtilityOf(a, b.InitiatorPosition) + UtilityOf(a, b.ReceiverPosition);
            sum += _rowSums[a] - Own(a, b.Initiator) - Own(a, b.Receiver);
            into[a] = sum / n;
        }
    }

    /// <summary>The probability of each bargain of <paramref name="queue"/> winning.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Probabilities(SmpBargain[] queue)
    {
        var n = _problem.Actors;
        var q = queue.Length;
        if (q == 1) return [1.0];
        var u = new double[q * n];
        for (var b = 0; b < q; b++) Utilities(queue[b], u.AsSpan(b * n, n));
        var c = CondorcetElection.Coalitions(_options.VotingRule, u, _problem.Capabilities, q, n, null);
        return CondorcetElection.Distribution(_options.CondorcetModel, _options.VictoryModel, c, q);
    }
}
