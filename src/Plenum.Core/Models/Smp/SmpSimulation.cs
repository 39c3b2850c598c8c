using System.Runtime.CompilerServices;
using Plenum.Core.Randomness;

namespace Plenum.Core.Models.Smp;

/// <summary>
/// Runs the SMP turn by turn (KTAB <c>Model::run</c> with <c>SMPState::doBCN</c> and <c>smpStopFn</c>):
/// every actor picks its best challenge and offers a bargain; every actor then resolves the queue of
/// bargains it is party to by a capability-weighted Condorcet election and moves; ideals follow positions.
/// </summary>
/// <remarks>
/// Work inside a turn runs in parallel over actors, each writing only its own slot; every sum keeps a fixed
/// order, and each stochastic choice draws from its own stream <c>RandomStream.ForRun(seed, turn·n + actor)</c>,
/// so results do not depend on the number of threads.
/// </remarks>
internal sealed class SmpSimulation
{
    private readonly SmpProblem _problem;
    private readonly SmpOptions _options;
    private readonly long _seed;
    private readonly BargainChooser? _chooser;
    private readonly ParallelOptions? _parallel;

    public SmpSimulation(SmpProblem problem, SmpOptions options, long seed, BargainChooser? chooser = null)
    {
        _problem = problem;
        _options = options;
        _seed = seed;
        _chooser = chooser;
        var threads = options.Threads == 0 ? Environment.ProcessorCount : options.Threads;
        _parallel = threads > 1 ? new ParallelOptions { MaxDegreeOfParallelism = threads } : null;
    }

    /// <summary>Runs until the stopping rule or the turn limit.</summary>
    public SmpRun Run()
    {
        var s0 = new SmpState(_problem, (double[])_problem.InitialPositions.Clone(), (double[])_problem.InitialPositions.Clone());
        s0.Evaluate(_options, _parallel);
        var states = new List<SmpState> { s0 };
        var turns = new List<SmpTurn>();
        var ratios = new List<double>();
        var m = _problem.Dimensions;
        var converged = false;
        for (var iteration = 1; ; iteration++)
        {
            var (next, turn) = Step(states[^1], iteration - 1);
            states.Add(next);
            turns.Add(turn);
            states[^2].ReleaseDistances();
            var first = SmpState.Movement(states[0], states[1], m) + _options.MinFirstMove;
            var last = SmpState.Movement(states[^1], states[^2], m);
            var ratio = last / first;
            ratios.Add(ratio);
            var quiet = ratio < _options.StopRatio;
            if (iteration >= _options.MinTurns && quiet) { converged = true; break; }
            if (iteration >= _options.MaxTurns) break;
        }
        return new SmpRun(states, turns, ratios, converged);
    }

    /// <summary>One turn: challenges and bargains, queue resolution, new positions and ideals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (SmpState Next, SmpTurn Turn) Step(SmpState state, int turn)
    {
        var n = _problem.Actors;
        var m = _problem.Dimensions;
        var evaluator = new ChallengeEvaluator(_problem, state, _options);
        var challenges = new (int Target, double Probability, double Gain)[n];
        var offered = new SmpBargain[n][];
        void Propose(int i)
        {
            var best = evaluator.BestChallenge(i);
            challenges[i] = best;
            offered[i] = best.Target < 0 ? [] : FormBargains(state, evaluator, i, best.Target, best.Probability, best.Gain);
        }
        ForEachActor(Propose);

        // Queues: the status quo first, then every bargain the actor is party to, by initiator.
        var queues = new SmpBargain[n][];
        var lists = new List<SmpBargain>[n];
        for (var k = 0; k < n; k++)
        {
            var here = state.PositionOf(k).ToArray();
            lists[k] = [new SmpBargain(k, k, here, here, 0, 0)];
        }
        for (var i = 0; i < n; i++)
            foreach (var b in offered[i])
            {
                lists[b.Initiator].Add(b);
                lists[b.Receiver].Add(b);
            }
        for (var k = 0; k < n; k++) queues[k] = lists[k].ToArray();

        var resolution = new BargainResolution(_problem, state, _options);
        var probabilities = new double[n][];
        var chosen = new int[n];
        void Resolve(int k)
        {
            var p = resolution.Probabilities(queues[k]);
            probabilities[k] = p;
            chosen[k] = Choose(turn, k, queues[k], p);
        }
        ForEachActor(Resolve);

        var positions = new double[n * m];
        for (var k = 0; k < n; k++)
            Array.Copy(queues[k][chosen[k]].PositionFor(k), 0, positions, k * m, m);
        var next = new SmpState(_problem, positions, NewIdeals(state, positions));
        next.Evaluate(_options, _parallel);
        return (next, new SmpTurn(turn, challenges, queues, probabilities, chosen));
    }

    private SmpBargain[] FormBargains(SmpState state, ChallengeEvaluator evaluator, int i, int j, double pI, double gain)
    {
        var m = _problem.Dimensions;
        var si = new ReadOnlySpan<double>(_problem.Saliences, i * m, m);
        var sj = new ReadOnlySpan<double>(_problem.Saliences, j * m, m);
        var (bi, bj) = BargainMaker.Interpolate(_options.Interpolation, _options.RoundBargains, state.PositionOf(i), si, pI, state.PositionOf(j), sj, 1 - pI);
        var initiatorView = new SmpBargain(i, j, bi, bj, gain, pI);
        if (_options.BargainModel == SmpBargainModel.InitOnly) return [initiatorView];

        // The receiver's view. KTAB passes the receiver's expected gain where its probability is meant.
        var (pj, gj) = evaluator.Evaluate(j, i, i, j);
        var pReceiver = _options.KtabBargainQuirks ? gj : pj;
        var (ri, rj) = BargainMaker.Interpolate(_options.Interpolation, _options.RoundBargains, state.PositionOf(i), si, pReceiver, state.PositionOf(j), sj, 1 - pReceiver);
        var receiverView = new SmpBargain(i, j, ri, rj, gain, pI);
        if (_options.BargainModel == SmpBargainModel.InitReceiver) return [initiatorView, receiverView];

        var wi = _problem.Capabilities[i] * _problem.TotalSalience[i];
        // KTAB weighs the receiver's view by the initiator's capability; corrected, by the receiver's.
        var wj = (_options.KtabBargainQuirks ? _problem.Capabilities[i] : _problem.Capabilities[j]) * _problem.TotalSalience[j];
        var ci = new double[m];
        var cj = new double[m];
        for (var k = 0; k < m; k++)
        {
            ci[k] = (wi * bi[k] + wj * ri[k]) / (wi + wj);
            cj[k] = (wi * bj[k] + wj * rj[k]) / (wi + wj);
        }
        return [new SmpBargain(i, j, ci, cj, gain, pI)];
    }

    private int Choose(int turn, int actor, SmpBargain[] queue, double[] p)
    {
        if (_chooser is not null) return _chooser(turn, actor, queue, p);
        if (_options.Transition == SmpStateTransition.Stochastic)
        {
            var random = RandomStream.ForRun(_seed, (long)turn * _problem.Actors + actor);
            var u = random.NextDouble();
            double sum = 0;
            for (var b = 0; b < p.Length; b++)
            {
                sum += p[b];
                if (u <= sum) return b;
            }
            return p.Length - 1;
        }
        var best = 0;
        for (var b = 1; b < p.Length; b++)
            if (p[b] > p[best]) best = b;
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[] NewIdeals(SmpState old, double[] positions)
    {
        var accommodation = _problem.Accommodation;
        if (accommodation is null) return (double[])positions.Clone();
        var n = _problem.Actors;
        var m = _problem.Dimensions;
        var ideals = new double[n * m];
        for (var i = 0; i < n; i++)
        {
            double rate = 0;
            var point = new double[m];
            foreach (var (j, a) in accommodation[i])
            {
                rate += a;
                for (var k = 0; k < m; k++) point[k] += a * positions[j * m + k];
            }
            rate = rate > 1.0 ? 1.0 : rate;
            var lag = 1.0 - rate;
            for (var k = 0; k < m; k++) ideals[i * m + k] = point[k] + lag * old.Ideals[i * m + k];
        }
        return ideals;
    }

    private void ForEachActor(Action<int> body)
    {
        if (_parallel is not null && _problem.Actors >= 16) Parallel.For(0, _problem.Actors, _parallel, body);
        else for (var i = 0; i < _problem.Actors; i++) body(i);
    }
}
