using System.Globalization;
using System.Runtime.InteropServices;
using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>Folds run results, in order, into means, quantiles, histograms and convergence counts.</summary>
/// <remarks>
/// A summary folds the runs of one block one by one (<see cref="Add"/>); the summaries of consecutive blocks are
/// then folded block by block (<see cref="Merge"/>). Both steps add in a fixed order, so the sums — and the
/// result — depend only on the block boundaries, not on where or in which order the blocks were computed.
/// </remarks>
internal sealed class MonteCarloSummary
{
    private readonly Dictionary<string, IssueAccumulator> _issues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MotionAccumulator> _motions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Removed, double Prevails)> _actors = new(StringComparer.Ordinal);
    private readonly List<string> _issueOrder = [];
    private readonly List<string> _motionOrder = [];
    private readonly List<string> _actorOrder = [];
    private int _runs;

    /// <summary>Runs folded so far.</summary>
    public int Runs => _runs;

    /// <summary>Folds one run, the next in run order.</summary>
    public void Add(ForecastResult r)
    {
        _runs++;
        foreach (var issue in r.Issues)
        {
            if (!_issues.TryGetValue(issue.Id, out var acc))
            {
                _issues[issue.Id] = acc = new IssueAccumulator();
                _issueOrder.Add(issue.Id);
            }
            acc.Add(issue);
        }
        foreach (var m in r.Motions)
        {
            if (!_motions.TryGetValue(m.Id, out var acc))
            {
                _motions[m.Id] = acc = new MotionAccumulator(m.DecidedBy);
                _motionOrder.Add(m.Id);
            }
            acc.Add(m);
        }
        foreach (var a in r.Actors)
        {
            if (!_actors.TryGetValue(a.Id, out var sums)) _actorOrder.Add(a.Id);
            _actors[a.Id] = (sums.Removed + a.PRemoved, sums.Prevails + a.PPrevails);
        }
    }

    /// <summary>Folds the summary of the next block of runs into this one.</summary>
    public void Merge(MonteCarloSummary next)
    {
        _runs += next._runs;
        foreach (var id in next._issueOrder)
        {
            if (!_issues.TryGetValue(id, out var acc))
            {
                _issues[id] = acc = new IssueAccumulator();
                _issueOrder.Add(id);
            }
            acc.Merge(next._issues[id]);
        }
        foreach (var id in next._motionOrder)
        {
            if (!_motions.TryGetValue(id, out var acc))
            {
                _motions[id] = acc = new MotionAccumulator(next._motions[id].DecidedBy);
                _motionOrder.Add(id);
            }
            acc.Merge(next._motions[id]);
        }
        foreach (var id in next._actorOrder)
        {
            if (!_actors.TryGetValue(id, out var sums)) _actorOrder.Add(id);
            var add = next._actors[id];
            _actors[id] = (sums.Removed + add.Removed, sums.Prevails + add.Prevails);
        }
    }

    /// <summary>Writes the exact state (every double bit for bit, every order kept).</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(_runs);
        w.Write(_issueOrder.Count);
        foreach (var id in _issueOrder)
        {
            w.Write(id);
            _issues[id].Write(w);
        }
        w.Write(_motionOrder.Count);
        foreach (var id in _motionOrder)
        {
            w.Write(id);
            _motions[id].Write(w);
        }
        w.Write(_actorOrder.Count);
        foreach (var id in _actorOrder)
        {
            w.Write(id);
            w.Write(_actors[id].Removed);
            w.Write(_actors[id].Prevails);
        }
    }

    /// <summary>Reads a state written by <see cref="Write"/>.</summary>
    public static MonteCarloSummary Read(BinaryReader r)
    {
        var s = new MonteCarloSummary { _runs = r.ReadInt32() };
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            var id = r.ReadString();
            s._issueOrder.Add(id);
            s._issues[id] = IssueAccumulator.Read(r);
        }
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            var id = r.ReadString();
            s._motionOrder.Add(id);
            s._motions[id] = MotionAccumulator.Read(r);
        }
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            var id = r.ReadString();
            s._actorOrder.Add(id);
            s._actors[id] = (r.ReadDouble(), r.ReadDouble());
        }
        return s;
    }

    public ForecastResult ToResult(Scenario scenario, string model, ModelOptions options, int runs)
    {
        var opts = options.Values.ToDictionary(kv => kv.Key, kv => kv.Value);
        opts["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture);
        opts["runs"] = runs.ToString(CultureInfo.InvariantCulture);
        var notes = new List<string>();
        var issues = _issueOrder.Select(id => _issues[id].ToForecast(id, scenario.FindIssue(id), notes, model)).ToList();
        var motions = _motionOrder.Select(id => _motions[id].ToForecast(id, _runs)).ToList();
        var actors = _actorOrder.Select(id => new ActorForecast(id, _actors[id].Removed / _runs, _actors[id].Prevails / _runs)).ToList();
        return new ForecastResult(scenario.Id, model, opts, issues, motions, actors, [], notes);
    }

    private sealed class IssueAccumulator
    {
        private readonly List<double> _forecasts = [];
        private readonly List<Dictionary<string, double>> _positionSums = [];
        private readonly List<(double Mean, double Median)> _statSums = [];
        private readonly Dictionary<string, int> _stops = new(StringComparer.Ordinal);
        private double _meanSum, _medianSum;

        public void Add(IssueForecast f)
        {
            _forecasts.Add(f.Forecast);
            _meanSum += f.Mean;
            _medianSum += f.Median;
            if (f.Convergence is { } c) _stops[c.Status] = _stops.GetValueOrDefault(c.Status) + 1;
            // Every round averages over all runs: a run that stopped early counts with its final state in later
            // rounds, and a round first reached by this run starts from the earlier runs' final states.
            var known = _positionSums.Count;
            for (var k = known; k < f.Rounds.Count; k++)
            {
                _positionSums.Add(new Dictionary<string, double>(_finalTotals, StringComparer.Ordinal));
                _statSums.Add(_finalStatTotals);
            }
            var last = f.Rounds.Count - 1;
            for (var k = 0; k < _positionSums.Count; k++)
            {
                var round = f.Rounds[Math.Min(k, last)];
                AddPositions(_positionSums[k], round.Positions);
                _statSums[k] = (_statSums[k].Mean + round.Mean, _statSums[k].Median + round.Median);
            }
            var final = f.Rounds[last];
            AddPositions(_finalTotals, final.Positions);
            _finalStatTotals = (_finalStatTotals.Mean + final.Mean, _finalStatTotals.Median + final.Median);
        }

        /// <summary>
        /// sums[actor] += x for every actor, new actors appended with 0 + x: one hash lookup per actor, and no
        /// enumerator for the BDM model's array-backed positions.
        /// </summary>
        private static void AddPositions(Dictionary<string, double> sums, IReadOnlyDictionary<string, double> positions)
        {
            if (positions is PositionsByActor byActor)
            {
                var ids = byActor.ActorIds;
                var values = byActor.Positions;
                for (var i = 0; i < ids.Length; i++) CollectionsMarshal.GetValueRefOrAddDefault(sums, ids[i], out _) += values[i];
                return;
            }
            foreach (var (actor, x) in positions) CollectionsMarshal.GetValueRefOrAddDefault(sums, actor, out _) += x;
        }

        private readonly Dictionary<string, double> _finalTotals = new(StringComparer.Ordinal);
        private (double Mean, double Median) _finalStatTotals;

        /// <summary>Folds the next block's accumulator: the same sums <see cref="Add"/> would reach run by run,
        /// with the block's own sums as the summands.</summary>
        public void Merge(IssueAccumulator next)
        {
            _forecasts.AddRange(next._forecasts);
            _meanSum += next._meanSum;
            _medianSum += next._medianSum;
            foreach (var (status, count) in next._stops) _stops[status] = _stops.GetValueOrDefault(status) + count;
            for (var k = _positionSums.Count; k < next._positionSums.Count; k++)
            {
                _positionSums.Add(new Dictionary<string, double>(_finalTotals, StringComparer.Ordinal));
                _statSums.Add(_finalStatTotals);
            }
            for (var k = 0; k < _positionSums.Count; k++)
            {
                // Rounds the next block's runs never reached count with their final states.
                var (source, stats) = k < next._positionSums.Count ? (next._positionSums[k], next._statSums[k]) : (next._finalTotals, next._finalStatTotals);
                var sums = _positionSums[k];
                foreach (var (actor, x) in source) sums[actor] = sums.GetValueOrDefault(actor) + x;
                _statSums[k] = (_statSums[k].Mean + stats.Mean, _statSums[k].Median + stats.Median);
            }
            foreach (var (actor, x) in next._finalTotals) _finalTotals[actor] = _finalTotals.GetValueOrDefault(actor) + x;
            _finalStatTotals = (_finalStatTotals.Mean + next._finalStatTotals.Mean, _finalStatTotals.Median + next._finalStatTotals.Median);
        }

        public void Write(BinaryWriter w)
        {
            w.Write(_forecasts.Count);
            foreach (var x in _forecasts) w.Write(x);
            w.Write(_meanSum);
            w.Write(_medianSum);
            WriteCounts(w, _stops);
            w.Write(_positionSums.Count);
            for (var k = 0; k < _positionSums.Count; k++)
            {
                WriteSums(w, _positionSums[k]);
                w.Write(_statSums[k].Mean);
                w.Write(_statSums[k].Median);
            }
            WriteSums(w, _finalTotals);
            w.Write(_finalStatTotals.Mean);
            w.Write(_finalStatTotals.Median);
        }

        public static IssueAccumulator Read(BinaryReader r)
        {
            var a = new IssueAccumulator();
            var n = r.ReadInt32();
            a._forecasts.Capacity = n;
            for (var i = 0; i < n; i++) a._forecasts.Add(r.ReadDouble());
            a._meanSum = r.ReadDouble();
            a._medianSum = r.ReadDouble();
            ReadCounts(r, a._stops);
            for (var k = r.ReadInt32(); k > 0; k--)
            {
                var sums = new Dictionary<string, double>(StringComparer.Ordinal);
                ReadSums(r, sums);
                a._positionSums.Add(sums);
                a._statSums.Add((r.ReadDouble(), r.ReadDouble()));
            }
            ReadSums(r, a._finalTotals);
            a._finalStatTotals = (r.ReadDouble(), r.ReadDouble());
            return a;
        }

        public IssueForecast ToForecast(string id, Issue? issue, List<string> notes, string model)
        {
            var n = _forecasts.Count;
            var rounds = new List<RoundState>(_positionSums.Count);
            for (var k = 0; k < _positionSums.Count; k++)
                rounds.Add(new RoundState(k, _positionSums[k].ToDictionary(kv => kv.Key, kv => kv.Value / n), _statSums[k].Mean / n, _statSums[k].Median / n));
            var sorted = _forecasts.ToArray();
            Array.Sort(sorted);
            var mean = _forecasts.Sum() / n;
            var sd = Math.Sqrt(_forecasts.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, n - 1));
            var (low, high) = issue is null ? (sorted[0], sorted[^1]) : (issue.Low, issue.High);
            var histogram = new int[MonteCarloRunner.HistogramBins];
            var width = high > low ? (high - low) / histogram.Length : 1;
            foreach (var x in _forecasts) histogram[Math.Clamp((int)((x - low) / width), 0, histogram.Length - 1)]++;
            var distribution = new OutcomeDistribution(n, mean, sd, Quantile(sorted, 0.05), Quantile(sorted, 0.5), Quantile(sorted, 0.95), low, high, histogram);
            if (_stops.Count > 0 && (_stops.Count > 1 || !_stops.ContainsKey("converged")))
                notes.Add($"issue {id}: of {n} runs, " + string.Join(", ", _stops.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Value} stopped by {kv.Key}")));
            return new IssueForecast(id, mean, _meanSum / n, _medianSum / n, rounds, null, distribution);
        }
    }

    /// <summary>Linear interpolation between order statistics (Hyndman–Fan type 7, as R and NumPy default).</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        if (sorted.Length == 1) return sorted[0];
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static void WriteSums(BinaryWriter w, Dictionary<string, double> sums)
    {
        w.Write(sums.Count);
        foreach (var (key, x) in sums)
        {
            w.Write(key);
            w.Write(x);
        }
    }

    private static void ReadSums(BinaryReader r, Dictionary<string, double> into)
    {
        for (var n = r.ReadInt32(); n > 0; n--) into.Add(r.ReadString(), r.ReadDouble());
    }

    private static void WriteCounts(BinaryWriter w, Dictionary<string, int> counts)
    {
        w.Write(counts.Count);
        foreach (var (key, c) in counts)
        {
            w.Write(key);
            w.Write(c);
        }
    }

    private static void ReadCounts(BinaryReader r, Dictionary<string, int> into)
    {
        for (var n = r.ReadInt32(); n > 0; n--) into.Add(r.ReadString(), r.ReadInt32());
    }

    private sealed class MotionAccumulator(string decidedBy)
    {
        public string DecidedBy => decidedBy;

        private double _pass;
        private readonly Dictionary<string, (double P, double For, double Against)> _bodies = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public void Add(MotionForecast m)
        {
            _pass += m.PPass;
            foreach (var (body, v) in m.Bodies)
            {
                if (!_bodies.TryGetValue(body, out var s)) _order.Add(body);
                _bodies[body] = (s.P + v.PPass, s.For + v.VotesFor, s.Against + v.VotesAgainst);
            }
        }

        public void Merge(MotionAccumulator next)
        {
            _pass += next._pass;
            foreach (var body in next._order)
            {
                if (!_bodies.TryGetValue(body, out var s)) _order.Add(body);
                var v = next._bodies[body];
                _bodies[body] = (s.P + v.P, s.For + v.For, s.Against + v.Against);
            }
        }

        public void Write(BinaryWriter w)
        {
            w.Write(decidedBy);
            w.Write(_pass);
            w.Write(_order.Count);
            foreach (var body in _order)
            {
                var v = _bodies[body];
                w.Write(body);
                w.Write(v.P);
                w.Write(v.For);
                w.Write(v.Against);
            }
        }

        public static MotionAccumulator Read(BinaryReader r)
        {
            var m = new MotionAccumulator(r.ReadString()) { _pass = r.ReadDouble() };
            for (var n = r.ReadInt32(); n > 0; n--)
            {
                var body = r.ReadString();
                m._order.Add(body);
                m._bodies[body] = (r.ReadDouble(), r.ReadDouble(), r.ReadDouble());
            }
            return m;
        }

        public MotionForecast ToForecast(string id, int runs) =>
            new(id, _pass / runs, decidedBy, _order.ToDictionary(b => b, b => new BodyVote(_bodies[b].P / runs, _bodies[b].For / runs, _bodies[b].Against / runs)));
    }
}
