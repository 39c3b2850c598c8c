using System.Runtime.CompilerServices;
using Plenum.Core.Randomness;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// One round of the exchange model: the weighted means, the candidate exchanges (actors on opposite sides of
/// the mean on both issues of a pair), then — best gain first — execution, each followed by the recalculation
/// of exactly the candidates it touches. Equations and order in <c>docs/models/exchange.md</c> §2–§4.
/// </summary>
/// <remarks>
/// <para>Decide re-sorts the whole list and recalculates every candidate after each execution (quadratic). Here an
/// index from (actor, supply issue) and (actor, demand issue) finds the candidates an execution touches — the same
/// ones Decide recalculates — and the queue keys are upper bounds of gains: a fallen gain is re-keyed only when it
/// reaches the top, a risen one is queued again at once (<see cref="ExchangeQueue"/>).</para>
/// <para>What a candidate sees of earlier executions is shared: every candidate with a side (actor, supply issue)
/// stands at that actor's current position, and every candidate whose side demands issue r with actor b sees the
/// third-party positions recorded for (b, r). Only the move history is a candidate's own, so a candidate is
/// 64 bytes (<see cref="CandidateState"/>) and a recalculation reads one of them.</para>
/// <para>An executed candidate is marked and never queued again, so it cannot run twice.</para>
/// </remarks>
internal sealed partial class ExchangeRound
{
    private readonly ExchangeSpace _space;
    private readonly double[] _start;
    private readonly double[] _current;
    private readonly ExchangeOptions _options;
    private readonly RandomStream _random;
    private readonly ThirdPartyPositions _thirdParties;
    private readonly CutRanges _cutRanges;
    private readonly ExchangeSolver _solver;
    private readonly ExchangeTieBreaker _ties;
    private readonly int _n;
    private readonly ExchangeWorkspace _workspace;

    /// <summary>The candidates (the workspace's buffer; only the first <see cref="_count"/> are this round's).</summary>
    private CandidateStore _state = null!;

    /// <summary>
    /// Per candidate, set once it is known to be invalid or executed — including when it was dropped from a row
    /// unread (see <see cref="Passed"/>) — so that opening a queue bucket can drop its entries without reading
    /// the candidate. Not set does not mean valid.
    /// </summary>
    private GoneFlags _gone = null!;

    /// <summary>Whether several threads may be marking candidates gone (parallel creation, a split execution): then the marks are atomic.</summary>
    private bool _shared;

    /// <summary>Per candidate valid at creation, its gain then: the key of its initial queue entry (the workspace's buffer).</summary>
    private double[] _creationGains = [];

    private int _count;
    private double[] _initialGains = [];
    private int _validAtCreation;

    /// <summary>Per candidate, the draws of the random variants (REX: u, v, z; Random Rate: z, rate, 1/rate); empty for equal gain.</summary>
    private double[] _draws = [];

    private CandidateLists _bySupply = null!;
    private CandidateLists _byDemand = null!;
    private ExchangeQueue _queue = null!;

    private ExchangeRound(ExchangeSpace space, double[] start, ExchangeOptions options, RandomStream random, ExchangeTieBreaker ties,
        ExchangeWorkspace workspace)
    {
        _ties = ties;
        _workspace = workspace;
        _space = space;
        _start = start;
        _current = (double[])start.Clone();
        _options = options;
        _random = random;
        _n = space.IssueCount;
        _thirdParties = new ThirdPartyPositions(space.ActorCount * _n, space.ActorCount);
        _cutRanges = new CutRanges(space.ActorCount * _n);
        _solver = new ExchangeSolver(space, start, _thirdParties, options.Variant);
    }

    /// <summary>Runs one round from the normalised start positions <paramref name="start"/>.</summary>
    /// <param name="ties">The tie breaker; by default the one <see cref="ExchangeOptions.Ties"/> names.</param>
    /// <param name="workspace">Buffers to reuse (those of the previous round of the run) and the thread limit; by default new ones, all cores.</param>
    public static ExchangeRoundOutcome Run(ExchangeSpace space, double[] start, ExchangeOptions options, RandomStream random,
        ExchangeTieBreaker? ties = null, ExchangeWorkspace? workspace = null) =>
        new ExchangeRound(space, start, options, random, ties ?? ExchangeTieBreaker.For(options, random), workspace ?? new ExchangeWorkspace()).Run();

    private ExchangeRoundOutcome Run()
    {
        CreateCandidates();

        var executed = new List<ExchangeCandidate>();
        var tied = new List<int>();
        var ties = 0;
        while (TryPopAccurate(double.NegativeInfinity, out var best))
        {
            tied.Clear();
            tied.Add(best);
            while (TryPopAccurate(_state[best].Gain - _options.TieTolerance, out var other)) tied.Add(other);
            var chosen = best;
            if (tied.Count > 1)
            {
                ties++;
                tied.Sort((a, b) =>
                {
                    var byGain = _state[b].Gain.CompareTo(_state[a].Gain);
                    return byGain != 0 ? byGain : a.CompareTo(b);
                });
                chosen = _ties.Choose(tied);
                foreach (var other in tied)
                    if (other != chosen) Push(other, ref _state[other]);
            }
            executed.Add(Execute(chosen));
        }

        _workspace.DemandItems = _byDemand.Buffer;
        _workspace.OpenBucket = _queue.OpenBuffer;
        var voting = (double[])_start.Clone();
        var nextStart = (double[])_start.Clone();
        foreach (var e in executed)
        {
            Settle(e.I, voting, nextStart);
            Settle(e.J, voting, nextStart);
        }
        return new ExchangeRoundOutcome(executed, _count, _validAtCreation, _initialGains, voting, nextStart, ties);
    }

    /// <summary>
    /// Executes candidate <paramref name="index"/>: its suppliers take their voting positions, its demanders record
    /// their partners' voting positions, and every candidate that shares an (actor, supply) or (actor, demand) with
    /// it is recalculated.
    /// </summary>
    private ExchangeCandidate Execute(int index)
    {
        ref var s = ref _state[index];
        var e = Load(index);
        _solver.Calculate(ref e);
        s.Executed = true;
        s.Valid = false;
        _gone.Mark(index);
        e.Executed = true;
        e.Valid = false;

        _current[e.I.Actor * _n + e.I.Supply] = e.I.Voting;
        _current[e.J.Actor * _n + e.J.Supply] = e.J.Voting;
        var addedI = _thirdParties.Record(e.J.Actor * _n + e.J.Demand, e.I.Actor, _start[e.I.Actor * _n + e.I.Supply], e.I.Voting);
        var addedJ = _thirdParties.Record(e.I.Actor * _n + e.I.Demand, e.J.Actor, _start[e.J.Actor * _n + e.J.Supply], e.J.Voting);
        _solver.Recorded(e.J.Actor * _n + e.J.Demand, e.J.Demand, addedI ? e.I.Actor : -1, e.I.Voting);
        _solver.Recorded(e.I.Actor * _n + e.I.Demand, e.I.Demand, addedJ ? e.J.Actor : -1, e.J.Voting);

        TouchRows(e);
        return e;
    }

    /// <summary>Whether the candidate is listed in one of the rows before <paramref name="rowNumber"/> (see <see cref="Execute"/>).</summary>
    /// <remarks>Row 2 counts only when it is recalculated (<paramref name="row2Left"/>: it was left alone, see <see cref="CutRanges"/>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InEarlierRow(in CandidateState x, in ExchangeCandidate e, int rowNumber, bool row2Left)
    {
        if (rowNumber == 0) return false;
        if (Supplies(x, e.I.Actor, e.I.Supply)) return true;
        if (rowNumber == 1) return false;
        if (Supplies(x, e.J.Actor, e.J.Supply)) return true;
        if (rowNumber == 2 || row2Left) return false;
        return (x.I == e.J.Actor && x.Q == e.J.Demand) || (x.J == e.J.Actor && x.P == e.J.Demand);
    }

    /// <summary>
    /// Whether a side of the valid candidate <paramref name="x"/> has reached or passed its target since the
    /// candidate was last solved: an execution moved the side's actor on its supply issue and the candidate, as
    /// one whose target the move reached, was dropped from that row without being solved (see
    /// <see cref="DropReached"/>). Solving it would have made it invalid — its next move would point back, against
    /// its history's sign, or be zero — and so it counts as invalid, here and wherever it is met later.
    /// </summary>
    /// <remarks>
    /// A valid candidate's moves point from its sides' current positions toward their targets, and an actor's
    /// position on a supply issue only moves one way during a round (every exchange it executes moves it toward
    /// the far side of the mean, where all its partners on that issue are), so a side whose actor now stands at
    /// or beyond its target is one whose target was reached by some execution.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Passed(in CandidateState x)
    {
        var positionI = _current[x.I * _n + x.Q];
        var targetI = _start[x.J * _n + x.Q];
        var positionJ = _current[x.J * _n + x.P];
        var targetJ = _start[x.I * _n + x.P];
        return !(x.MoveI > 0 ? positionI < targetI : positionI > targetI) || !(x.MoveJ > 0 ? positionJ < targetJ : positionJ > targetJ);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Supplies(in CandidateState x, int actor, int issue) =>
        (x.I == actor && x.Q == issue) || (x.J == actor && x.P == issue);

    /// <summary>
    /// Decide's <c>recalculate</c> for candidate <paramref name="k"/> after <paramref name="e"/>: a side whose
    /// (actor, supply issue) <paramref name="e"/> moved keeps its last move in its history (its position is the
    /// shared current one); then the candidate is solved again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Recalculate(int k, ref CandidateState x, in ExchangeCandidate e)
    {
        if ((x.I == e.I.Actor && x.Q == e.I.Supply) || (x.I == e.J.Actor && x.Q == e.J.Supply))
        {
            x.HistoryI += x.MoveI;
            x.SignI = (sbyte)(x.MoveI > 0 ? 1 : -1);
        }
        if ((x.J == e.I.Actor && x.P == e.I.Supply) || (x.J == e.J.Actor && x.P == e.J.Supply))
        {
            x.HistoryJ += x.MoveJ;
            x.SignJ = (sbyte)(x.MoveJ > 0 ? 1 : -1);
        }
        SolveAgain(k, ref x);
    }

    /// <summary>
    /// Solves candidate <paramref name="k"/> from its state and the shared positions, and keeps its moves, gain and
    /// validity. Equal gain is solved on the state itself; the random variants, which need their draws, through the
    /// working copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SolveAgain(int k, ref CandidateState x)
    {
        if (_options.Variant == ExchangeVariant.EqualGain)
        {
            if (!_solver.SolveEqualGain(ref x, _current[x.I * _n + x.Q], _current[x.J * _n + x.P],
                    out var cutFromI, out var cutToI, out var cutFromJ, out var cutToJ))
            {
                MarkGone(k);
                return;
            }
            _cutRanges.Widen(x.J * _n + x.Q, cutFromI, cutToI);
            _cutRanges.Widen(x.I * _n + x.P, cutFromJ, cutToJ);
            return;
        }
        var c = Load(k);
        _solver.Calculate(ref c);
        x.MoveI = c.I.Move;
        x.MoveJ = c.J.Move;
        x.Gain = c.Gain;
        x.Valid = c.Valid;
        if (!c.Valid)
        {
            MarkGone(k);
            return;
        }
        _cutRanges.Widen(c.J.Actor * _n + c.I.Supply, c.I.CutFrom, c.I.CutTo);
        _cutRanges.Widen(c.I.Actor * _n + c.J.Supply, c.J.CutFrom, c.J.CutTo);
    }

    /// <summary>The working copy of candidate <paramref name="k"/>: its own state and the shared current positions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ExchangeCandidate Load(int k)
    {
        ref readonly var x = ref _state[k];
        var c = new ExchangeCandidate
        {
            Index = k,
            I = new ExchangeSide
            {
                Actor = x.I, Supply = x.Q, Demand = x.P, Position = _current[x.I * _n + x.Q],
                Move = x.MoveI, HistorySum = x.HistoryI, HistorySign = x.SignI,
            },
            J = new ExchangeSide
            {
                Actor = x.J, Supply = x.P, Demand = x.Q, Position = _current[x.J * _n + x.P],
                Move = x.MoveJ, HistorySum = x.HistoryJ, HistorySign = x.SignJ,
            },
            Gain = x.Gain,
            Valid = x.Valid,
            Executed = x.Executed,
        };
        var s = _space.Salience;
        double sip = s[x.I * _n + x.P], siq = s[x.I * _n + x.Q], sjp = s[x.J * _n + x.P], sjq = s[x.J * _n + x.Q];
        switch (_options.Variant)
        {
            case ExchangeVariant.RandomizedEqualGain:
                c.Rate = (sip + sjp) / (siq + sjq);
                c.InverseRate = (siq + sjq) / (sip + sjp);
                c.U = _draws[3 * k];
                c.V = _draws[3 * k + 1];
                c.Z = _draws[3 * k + 2];
                break;
            case ExchangeVariant.RandomRate:
                c.Z = _draws[3 * k];
                c.Rate = _draws[3 * k + 1];
                c.InverseRate = _draws[3 * k + 2];
                break;
            default:
                c.Rate = (sip + sjp) / (siq + sjq);
                c.InverseRate = (siq + sjq) / (sip + sjp);
                break;
        }
        return c;
    }

    /// <summary>End of round: the voting position, and the new start x + [f + w(1 − s)](y − x) (Decide's new_start_position).</summary>
    private void Settle(in ExchangeSide side, double[] voting, double[] next)
    {
        var k = side.Actor * _n + side.Supply;
        var y = side.Voting;
        var x = _start[k];
        var s = _space.Salience[k];
        voting[k] = y;
        next[k] = (1 - s) * _options.SalienceWeight * y + _options.FixedWeight * y
                  + (1 - (1 - s) * _options.SalienceWeight - _options.FixedWeight) * x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MarkGone(int k)
    {
        if (_shared) _gone.MarkShared(k);
        else _gone.Mark(k);
    }

    private void Push(int k, ref CandidateState x)
    {
        x.QueuedGain = x.Gain;
        _queue.Enqueue(k, x.Gain);
    }

    /// <summary>
    /// Pops the best candidate whose queue key is at least <paramref name="floor"/> and equals its current gain.
    /// Entries of executed or invalid candidates, and older lower entries, are dropped; an entry above the
    /// candidate's current gain (its gain fell since) is queued again at the current gain.
    /// </summary>
    private bool TryPopAccurate(double floor, out int index)
    {
        while (_queue.TryPeek(out var k, out var key) && key >= floor)
        {
            _queue.Dequeue();
            ref var c = ref _state[k];
            if (!c.Valid || key != c.QueuedGain) continue;
            if (Passed(c))
            {
                c.Valid = false;
                MarkGone(k);
                continue;
            }
            if (key == c.Gain)
            {
                c.QueuedGain = double.NaN;
                index = k;
                return true;
            }
            Push(k, ref c);
        }
        index = -1;
        return false;
    }
}
