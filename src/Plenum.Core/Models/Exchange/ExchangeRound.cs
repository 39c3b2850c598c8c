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
internal sealed class ExchangeRound
{
    /// <summary>Below this many candidates the round is created on one thread.</summary>
    private const int ParallelThreshold = 20_000;

    /// <summary>Candidates of a row whose state is loaded together before any of them is recalculated.</summary>
    private const int TouchBatch = 16;

    private readonly ExchangeSpace _space;
    private readonly double[] _start;
    private readonly double[] _current;
    private readonly ExchangeOptions _options;
    private readonly RandomStream _random;
    private readonly ThirdPartyPositions _thirdParties;
    private readonly ExchangeSolver _solver;
    private readonly ExchangeTieBreaker _ties;
    private readonly int _n;
    private CandidateState[] _state = [];

    /// <summary>Per candidate, the draws of the random variants (REX: u, v, z; Random Rate: z, rate, 1/rate); empty for equal gain.</summary>
    private double[] _draws = [];

    private CandidateLists _bySupply = null!;
    private CandidateLists _byDemand = null!;
    private ExchangeQueue _queue = null!;

    private ExchangeRound(ExchangeSpace space, double[] start, ExchangeOptions options, RandomStream random, ExchangeTieBreaker ties)
    {
        _ties = ties;
        _space = space;
        _start = start;
        _current = (double[])start.Clone();
        _options = options;
        _random = random;
        _n = space.IssueCount;
        _thirdParties = new ThirdPartyPositions(space.ActorCount * _n);
        _solver = new ExchangeSolver(space, start, _thirdParties, options.Variant);
    }

    /// <summary>Runs one round from the normalised start positions <paramref name="start"/>.</summary>
    /// <param name="ties">The tie breaker; by default the one <see cref="ExchangeOptions.Ties"/> names.</param>
    public static ExchangeRoundOutcome Run(ExchangeSpace space, double[] start, ExchangeOptions options, RandomStream random,
        ExchangeTieBreaker? ties = null) =>
        new ExchangeRound(space, start, options, random, ties ?? ExchangeTieBreaker.For(options, random)).Run();

    private ExchangeRoundOutcome Run()
    {
        CreateCandidates();
        var count = _state.Length;
        var initialGains = new List<double>();
        for (var k = 0; k < count; k++)
        {
            ref var x = ref _state[k];
            x.QueuedGain = x.Valid ? x.Gain : double.NaN;
            if (x.Valid) initialGains.Add(x.Gain);
        }
        var cells = _space.ActorCount * _n;
        _bySupply = CandidateLists.Build(cells, _state, _n, supply: true);
        _byDemand = CandidateLists.Build(cells, _state, _n, supply: false);
        _queue = new ExchangeQueue(_state);

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

        var voting = (double[])_start.Clone();
        var nextStart = (double[])_start.Clone();
        foreach (var e in executed)
        {
            Settle(e.I, voting, nextStart);
            Settle(e.J, voting, nextStart);
        }
        return new ExchangeRoundOutcome(executed, count, initialGains.Count, initialGains.ToArray(), voting, nextStart, ties);
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
        e.Executed = true;
        e.Valid = false;

        _current[e.I.Actor * _n + e.I.Supply] = e.I.Voting;
        _current[e.J.Actor * _n + e.J.Supply] = e.J.Voting;
        _thirdParties.Record(e.J.Actor * _n + e.J.Demand, e.I.Actor, _start[e.I.Actor * _n + e.I.Supply], e.I.Voting);
        _thirdParties.Record(e.I.Actor * _n + e.I.Demand, e.J.Actor, _start[e.J.Actor * _n + e.J.Supply], e.J.Voting);

        // The four rows, in this order; a candidate listed in an earlier row was recalculated there already.
        Touch(_bySupply, e.I.Actor * _n + e.I.Supply, e, 0);
        Touch(_bySupply, e.J.Actor * _n + e.J.Supply, e, 1);
        Touch(_byDemand, e.J.Actor * _n + e.J.Demand, e, 2);
        Touch(_byDemand, e.I.Actor * _n + e.I.Demand, e, 3);
        return e;
    }

    /// <summary>Recalculates the candidates of a row not listed in an earlier row of this execution, and drops the invalid ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Touch(CandidateLists lists, int cell, in ExchangeCandidate e, int rowNumber)
    {
        var row = lists.Row(cell);
        var write = 0;
        Span<bool> live = stackalloc bool[TouchBatch];
        for (var batch = 0; batch < row.Length; batch += TouchBatch)
        {
            var end = Math.Min(batch + TouchBatch, row.Length);
            // A tight loop of independent loads first, so the cache misses of a batch overlap instead of queueing.
            for (var r = batch; r < end; r++) live[r - batch] = _state[row[r]].Valid;
            for (var r = batch; r < end; r++)
            {
                if (!live[r - batch]) continue;
                var k = row[r];
                ref var x = ref _state[k];
                if (!InEarlierRow(x, e, rowNumber))
                {
                    Recalculate(k, ref x, e);
                    if (!x.Valid) continue;
                    if (!(x.Gain <= x.QueuedGain)) Push(k, ref x);
                }
                row[write++] = k;
            }
        }
        lists.Keep(cell, write);
    }

    /// <summary>Whether the candidate is listed in one of the rows before <paramref name="rowNumber"/> (see <see cref="Execute"/>).</summary>
    private static bool InEarlierRow(in CandidateState x, in ExchangeCandidate e, int rowNumber)
    {
        if (rowNumber == 0) return false;
        if (Supplies(x, e.I.Actor, e.I.Supply)) return true;
        if (rowNumber == 1) return false;
        if (Supplies(x, e.J.Actor, e.J.Supply)) return true;
        if (rowNumber == 2) return false;
        return (x.I == e.J.Actor && x.Q == e.J.Demand) || (x.J == e.J.Actor && x.P == e.J.Demand);
    }

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
        var c = Load(k);
        _solver.Calculate(ref c);
        x.MoveI = c.I.Move;
        x.MoveJ = c.J.Move;
        x.Gain = c.Gain;
        x.Valid = c.Valid;
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

    /// <summary>
    /// Creates and solves every candidate in Decide's order (issue pairs in scenario order, a×d before b×c, actors
    /// in scenario order). The random draws of the variants are taken first, in that order, on one thread; the
    /// solving is then split over the issue pairs on all cores (each pair writes its own slots, so the result
    /// does not depend on the number of threads).
    /// </summary>
    private void CreateCandidates()
    {
        var cells = _space.ActorCount * _n;
        var left = new bool[cells];
        for (var d = 0; d < _n; d++)
        {
            var mean = _space.Mean(d, _start);
            for (var a = 0; a < _space.ActorCount; a++) left[a * _n + d] = _start[a * _n + d] <= mean;
        }

        // Groups per issue pair (p, q): a = right on both, b = left on p only, c = left on q only, d = left on both.
        var pairs = new List<(int P, int Q, int Offset, int[][] Groups)>();
        var total = 0;
        var members = new List<int>[4];
        for (var p = 0; p < _n; p++)
            for (var q = p + 1; q < _n; q++)
            {
                for (var g = 0; g < 4; g++) members[g] = [];
                for (var a = 0; a < _space.ActorCount; a++)
                {
                    if (!_space.Takes[a * _n + p] || !_space.Takes[a * _n + q]) continue;
                    members[(left[a * _n + p] ? 1 : 0) | (left[a * _n + q] ? 2 : 0)].Add(a);
                }
                var groups = members.Select(m => m.ToArray()).ToArray();
                pairs.Add((p, q, total, groups));
                total += groups[0].Length * groups[3].Length + groups[1].Length * groups[2].Length;
            }

        _state = new CandidateState[total];
        if (_options.Variant != ExchangeVariant.EqualGain) DrawInCreationOrder(pairs, total);
        if (total >= ParallelThreshold)
            Parallel.For(0, pairs.Count, t => CreatePair(pairs[t].P, pairs[t].Q, pairs[t].Offset, pairs[t].Groups));
        else
            foreach (var (p, q, offset, groups) in pairs) CreatePair(p, q, offset, groups);
    }

    private void CreatePair(int p, int q, int offset, int[][] groups)
    {
        var index = offset;
        foreach (var i in groups[0]) foreach (var j in groups[3]) Create(index++, i, j, p, q);
        foreach (var i in groups[1]) foreach (var j in groups[2]) Create(index++, i, j, p, q);
    }

    /// <summary>Whether all four weights of actors i and j on issues p and q are positive (else Decide would divide by zero).</summary>
    private bool Tradable(int i, int j, int p, int q)
    {
        var w = _space.Weight;
        return w[i * _n + p] > 0 && w[i * _n + q] > 0 && w[j * _n + p] > 0 && w[j * _n + q] > 0;
    }

    /// <summary>The variants' draws, one candidate after the other in creation order, from the run's stream.</summary>
    private void DrawInCreationOrder(List<(int P, int Q, int Offset, int[][] Groups)> pairs, int total)
    {
        _draws = new double[3 * total];
        var s = _space.Salience;
        foreach (var (p, q, offset, groups) in pairs)
        {
            var index = offset;
            foreach (var (a, b) in new[] { (groups[0], groups[3]), (groups[1], groups[2]) })
                foreach (var i0 in a)
                    foreach (var j0 in b)
                    {
                        var k = index++;
                        if (!Tradable(i0, j0, p, q)) continue;
                        var (i, j) = s[i0 * _n + p] / s[i0 * _n + q] < s[j0 * _n + p] / s[j0 * _n + q] ? (j0, i0) : (i0, j0);
                        if (_options.Variant == ExchangeVariant.RandomizedEqualGain)
                        {
                            _draws[3 * k] = _random.NextDouble();
                            _draws[3 * k + 1] = _random.NextDouble();
                            _draws[3 * k + 2] = _options.Randomization * _random.NextDouble();
                        }
                        else
                        {
                            // Uniform between J's break-even rate sjp/sjq and I's sip/siq.
                            var low = s[j * _n + p] / s[j * _n + q];
                            var high = s[i * _n + p] / s[i * _n + q];
                            var z = _random.NextDouble();
                            var rate = low + z * (high - low);
                            _draws[3 * k] = z;
                            _draws[3 * k + 1] = rate;
                            _draws[3 * k + 2] = 1.0 / rate;
                        }
                    }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Create(int index, int i, int j, int p, int q)
    {
        var s = _space.Salience;
        // The actor with the larger ratio s_p/s_q demands p and supplies q; Decide calls it i.
        if (s[i * _n + p] / s[i * _n + q] < s[j * _n + p] / s[j * _n + q]) (i, j) = (j, i);
        ref var x = ref _state[index];
        x.I = i;
        x.J = j;
        x.P = (short)p;
        x.Q = (short)q;
        if (!Tradable(i, j, p, q)) return;
        var c = Load(index);
        _solver.Calculate(ref c);
        x.MoveI = c.I.Move;
        x.MoveJ = c.J.Move;
        x.Gain = c.Gain;
        x.Valid = c.Valid;
    }
}
