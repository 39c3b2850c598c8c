using System.Globalization;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>Folds run results, in order, into means, quantiles, histograms and convergence counts.</summary>
internal sealed class MonteCarloSummary(Scenario scenario)
{
    private readonly Dictionary<string, IssueAccumulator> _issues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MotionAccumulator> _motions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Removed, double Prevails)> _actors = new(StringComparer.Ordinal);
    private readonly List<string> _issueOrder = [];
    private readonly List<string> _motionOrder = [];
    private readonly List<string> _actorOrder = [];
    private int _runs;

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

    public ForecastResult ToResult(string model, ModelOptions options, int runs)
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
                var sums = _positionSums[k];
                foreach (var (actor, x) in round.Positions) sums[actor] = sums.GetValueOrDefault(actor) + x;
                _statSums[k] = (_statSums[k].Mean + round.Mean, _statSums[k].Median + round.Median);
            }
            var final = f.Rounds[last];
            foreach (var (actor, x) in final.Positions) _finalTotals[actor] = _finalTotals.GetValueOrDefault(actor) + x;
            _finalStatTotals = (_finalStatTotals.Mean + final.Mean, _finalStatTotals.Median + final.Median);
        }

        private readonly Dictionary<string, double> _finalTotals = new(StringComparer.Ordinal);
        private (double Mean, double Median) _finalStatTotals;

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

    private sealed class MotionAccumulator(string decidedBy)
    {
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

        public MotionForecast ToForecast(string id, int runs) =>
            new(id, _pass / runs, decidedBy, _order.ToDictionary(b => b, b => new BodyVote(_bodies[b].P / runs, _bodies[b].For / runs, _bodies[b].Against / runs)));
    }
}
