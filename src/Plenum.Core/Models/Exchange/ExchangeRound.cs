using System.Runtime.CompilerServices;
using Plenum.Core.Randomness;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// One round of the exchange model: the weighted means, the candidate exchanges (actors on opposite sides of
/// the mean on both issues of a pair), then — best gain first — execution, each followed by the recalculation
/// of exactly the candidates it touches. Equations and order in <c>docs/models/exchange.md</c> §2–§4.
/// </summary>
/// <remarks>
/// Decide re-sorts the whole list and recalculates every candidate after each execution (quadratic); here the
/// candidates sit in a priority queue whose keys are upper bounds of their gains (a fallen gain is re-keyed
/// only when it reaches the top; a risen one is queued again at once), and an index from (actor, supply
/// issue) and (actor, demand issue) finds the ones an execution touches — the same ones Decide recalculates.
/// An executed candidate is marked and never queued again, so it cannot run twice.
/// </remarks>
internal sealed class ExchangeRound
{
    private readonly ExchangeSpace _space;
    private readonly double[] _start;
    private readonly ExchangeOptions _options;
    private readonly RandomStream _random;
    private readonly ExchangeSolver _solver;
    private readonly int _n;
    private ExchangeCandidate[] _candidates = [];
    private List<int>[] _bySupply = [];
    private List<int>[] _byDemand = [];
    private int[] _touched = [];
    private int _stamp;
    private readonly PriorityQueue<int, QueueKey> _queue = new();

    /// <summary>The highest key among a candidate's queue entries (an upper bound of its gain); NaN when it has none.</summary>
    private double[] _queuedGain = [];

    private readonly ExchangeTieBreaker _ties;

    private ExchangeRound(ExchangeSpace space, double[] start, ExchangeOptions options, RandomStream random, ExchangeTieBreaker ties)
    {
        _ties = ties;
        _space = space;
        _start = start;
        _options = options;
        _random = random;
        _n = space.IssueCount;
        _solver = new ExchangeSolver(space, start, options.Variant);
    }

    /// <summary>Runs one round from the normalised start positions <paramref name="start"/>.</summary>
    /// <param name="ties">The tie breaker; by default the one <see cref="ExchangeOptions.Ties"/> names.</param>
    public static ExchangeRoundOutcome Run(ExchangeSpace space, double[] start, ExchangeOptions options, RandomStream random,
        ExchangeTieBreaker? ties = null) =>
        new ExchangeRound(space, start, options, random, ties ?? ExchangeTieBreaker.For(options.Ties, random)).Run();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ExchangeRoundOutcome Run()
    {
        CreateCandidates();
        var initialGains = new List<double>();
        var initial = new List<(int, QueueKey)>();
        for (var k = 0; k < _candidates.Length; k++)
        {
            ref var c = ref _candidates[k];
            if (!c.Valid) continue;
            initialGains.Add(c.Gain);
            initial.Add((k, new QueueKey(c.Gain, k)));
            _queuedGain[k] = c.Gain;
            _bySupply[c.I.Actor * _n + c.I.Supply].Add(k);
            _bySupply[c.J.Actor * _n + c.J.Supply].Add(k);
            _byDemand[c.I.Actor * _n + c.I.Demand].Add(k);
            _byDemand[c.J.Actor * _n + c.J.Demand].Add(k);
        }
        _queue.EnqueueRange(initial);

        var executed = new List<ExchangeCandidate>();
        var tied = new List<int>();
        var ties = 0;
        while (TryPopAccurate(double.NegativeInfinity, out var best))
        {
            tied.Clear();
            tied.Add(best);
            while (TryPopAccurate(_candidates[best].Gain - _options.TieTolerance, out var other)) tied.Add(other);
            var chosen = best;
            if (tied.Count > 1)
            {
                ties++;
                tied.Sort((a, b) => new QueueKey(_candidates[a].Gain, a).CompareTo(new QueueKey(_candidates[b].Gain, b)));
                chosen = _ties.Choose(tied);
                foreach (var other in tied)
                    if (other != chosen) Push(other);
            }
            Execute(chosen);
            executed.Add(_candidates[chosen]);
        }

        var voting = (double[])_start.Clone();
        var nextStart = (double[])_start.Clone();
        foreach (var e in executed)
        {
            Settle(e.I, voting, nextStart);
            Settle(e.J, voting, nextStart);
        }
        return new ExchangeRoundOutcome(executed, _candidates.Length, initialGains.Count, initialGains.ToArray(), voting, nextStart, ties);
    }

    /// <summary>Marks the exchange executed and recalculates every candidate that shares an (actor, supply) or (actor, demand) with it.</summary>
    private void Execute(int index)
    {
        ref var e = ref _candidates[index];
        e.Executed = true;
        e.Valid = false;
        _stamp++;
        Touch(_bySupply[e.I.Actor * _n + e.I.Supply], index);
        Touch(_bySupply[e.J.Actor * _n + e.J.Supply], index);
        Touch(_byDemand[e.J.Actor * _n + e.J.Demand], index);
        Touch(_byDemand[e.I.Actor * _n + e.I.Demand], index);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Touch(List<int> list, int executedIndex)
    {
        ref readonly var e = ref _candidates[executedIndex];
        var write = 0;
        for (var r = 0; r < list.Count; r++)
        {
            var k = list[r];
            ref var x = ref _candidates[k];
            if (!x.Valid) continue;
            if (_touched[k] != _stamp)
            {
                _touched[k] = _stamp;
                // A fallen gain keeps its (higher) queue entry as an upper bound, re-keyed when it reaches the top.
                if (_solver.Recalculate(ref x, e) && x.Valid && !(x.Gain <= _queuedGain[k])) Push(k);
                if (!x.Valid) continue;
            }
            list[write++] = k;
        }
        list.RemoveRange(write, list.Count - write);
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

    private void Push(int k)
    {
        var gain = _candidates[k].Gain;
        _queuedGain[k] = gain;
        _queue.Enqueue(k, new QueueKey(gain, k));
    }

    /// <summary>
    /// Pops the best candidate whose queue key is at least <paramref name="floor"/> and equals its current gain.
    /// Entries of executed or invalid candidates, and older lower entries, are dropped; an entry above the
    /// candidate's current gain (its gain fell since) is queued again at the current gain.
    /// </summary>
    private bool TryPopAccurate(double floor, out int index)
    {
        while (_queue.TryPeek(out var k, out var key) && key.Gain >= floor)
        {
            _queue.Dequeue();
            ref var c = ref _candidates[k];
            if (!c.Valid || key.Gain != _queuedGain[k]) continue;
            if (key.Gain == c.Gain)
            {
                _queuedGain[k] = double.NaN;
                index = k;
                return true;
            }
            Push(k);
        }
        index = -1;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CreateCandidates()
    {
        var cells = _space.ActorCount * _n;
        _bySupply = new List<int>[cells];
        _byDemand = new List<int>[cells];
        for (var k = 0; k < cells; k++)
        {
            _bySupply[k] = [];
            _byDemand[k] = [];
        }
        var left = new bool[cells];
        for (var d = 0; d < _n; d++)
        {
            var mean = _space.Mean(d, _start);
            for (var a = 0; a < _space.ActorCount; a++) left[a * _n + d] = _start[a * _n + d] <= mean;
        }

        // Groups per issue pair (p, q): a = right on both, b = left on p only, c = left on q only, d = left on both.
        var pairs = new List<(int P, int Q, List<int>[] Groups)>();
        var total = 0;
        for (var p = 0; p < _n; p++)
            for (var q = p + 1; q < _n; q++)
            {
                var groups = new[] { new List<int>(), new List<int>(), new List<int>(), new List<int>() };
                for (var a = 0; a < _space.ActorCount; a++)
                {
                    if (!_space.Takes[a * _n + p] || !_space.Takes[a * _n + q]) continue;
                    groups[(left[a * _n + p] ? 1 : 0) | (left[a * _n + q] ? 2 : 0)].Add(a);
                }
                total += groups[0].Count * groups[3].Count + groups[1].Count * groups[2].Count;
                pairs.Add((p, q, groups));
            }

        _candidates = new ExchangeCandidate[total];
        _touched = new int[total];
        _queuedGain = new double[total];
        Array.Fill(_queuedGain, double.NaN);
        var index = 0;
        foreach (var (p, q, groups) in pairs)
        {
            foreach (var i in groups[0]) foreach (var j in groups[3]) Create(index++, i, j, p, q);
            foreach (var i in groups[1]) foreach (var j in groups[2]) Create(index++, i, j, p, q);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Create(int index, int i, int j, int p, int q)
    {
        var s = _space.Salience;
        var w = _space.Weight;
        // The actor with the larger ratio s_p/s_q demands p and supplies q; Decide calls it i.
        if (s[i * _n + p] / s[i * _n + q] < s[j * _n + p] / s[j * _n + q]) (i, j) = (j, i);
        ref var c = ref _candidates[index];
        c.Index = index;
        c.UpdateSlot = -1;
        c.I = new ExchangeSide { Actor = i, Supply = q, Demand = p, Position = _start[i * _n + q] };
        c.J = new ExchangeSide { Actor = j, Supply = p, Demand = q, Position = _start[j * _n + p] };
        if (!(w[i * _n + p] > 0 && w[i * _n + q] > 0 && w[j * _n + p] > 0 && w[j * _n + q] > 0)) return;

        double sip = s[i * _n + p], siq = s[i * _n + q], sjp = s[j * _n + p], sjq = s[j * _n + q];
        c.Rate = (sip + sjp) / (siq + sjq);
        c.InverseRate = (siq + sjq) / (sip + sjp);
        switch (_options.Variant)
        {
            case ExchangeVariant.RandomizedEqualGain:
                c.U = _random.NextDouble();
                c.V = _random.NextDouble();
                c.Z = _options.Randomization * _random.NextDouble();
                break;
            case ExchangeVariant.RandomRate:
                // Uniform between J's break-even rate sjp/sjq and I's sip/siq.
                var low = sjp / sjq;
                var high = sip / siq;
                c.Z = _random.NextDouble();
                c.Rate = low + c.Z * (high - low);
                c.InverseRate = 1.0 / c.Rate;
                break;
        }
        _solver.Calculate(ref c);
    }

    /// <summary>Queue priority: highest gain first; among equal gains the one created first.</summary>
    /// <remarks>A value type with its own comparison, so the queue compares without a delegate call.</remarks>
    private readonly record struct QueueKey(double Gain, int Index) : IComparable<QueueKey>
    {
        public int CompareTo(QueueKey other)
        {
            var byGain = other.Gain.CompareTo(Gain);
            return byGain != 0 ? byGain : Index.CompareTo(other.Index);
        }
    }
}
