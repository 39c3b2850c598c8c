using Plenum.Core.Models;
using Plenum.Core.Models.Baseline;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Core.Backtesting;

/// <summary>
/// Scores models against what really happened. Every model runs on <see cref="Scenario.WithoutOutcome"/>, so the
/// outcome cannot influence a forecast; the naive baselines (status quo, compromise, weighted median) always run.
/// Metrics in <c>docs/backtest.md</c>.
/// </summary>
public static class Backtester
{
    /// <summary>The baselines every backtest includes.</summary>
    public static IReadOnlyList<IForecastModel> Baselines { get; } = [BaselineModel.StatusQuo, BaselineModel.Compromise, BaselineModel.Median];

    /// <summary>Bins of the calibration table.</summary>
    public const int CalibrationBins = 10;

    /// <summary>Runs and scores every model on every scenario that has an outcome.</summary>
    /// <param name="runs">1 for point values; more for Monte Carlo means.</param>
    public static BacktestReport Run(IReadOnlyList<Scenario> scenarios, IReadOnlyList<IForecastModel> models, ModelOptions options, int runs = 1)
    {
        var all = models.Concat(Baselines.Where(b => models.All(m => m.Descriptor.Id != b.Descriptor.Id))).ToList();
        var issues = new List<IssueScore>();
        var events = new List<ProbabilityScore>();
        var votes = new List<VoteScore>();
        var notes = new List<string>();
        var used = new List<string>();
        foreach (var scenario in scenarios)
        {
            if (scenario.Outcome is not { } outcome)
            {
                notes.Add($"{scenario.Id}: no outcome section; not scored");
                continue;
            }
            used.Add(scenario.Id);
            notes.AddRange(EvidenceDating.LaterThanAsOf(scenario).Select(flag => $"hindsight: {flag}"));
            var blind = scenario.WithoutOutcome();
            foreach (var model in all)
            {
                ForecastResult result;
                try
                {
                    result = runs > 1
                        ? MonteCarloRunner.Run(model, blind, options, runs)
                        : model.Run(blind, options, RandomStream.ForRun(options.Seed, 0));
                }
                catch (ModelInputException e)
                {
                    notes.Add($"{scenario.Id}: {model.Descriptor.Id} not run: {e.Message}");
                    continue;
                }
                Score(scenario, outcome, result, issues, events, votes);
            }
        }
        var order = all.Select(m => m.Descriptor.Id).ToList();
        var summary = order.Select(m => Summarise(m, issues, events, votes)).ToList();
        var calibration = order.SelectMany(m => Calibrate(m, events)).ToList();
        return new BacktestReport(used, issues, events, votes, summary, calibration, notes);
    }

    private static void Score(Scenario s, ScenarioOutcome o, ForecastResult r, List<IssueScore> issues, List<ProbabilityScore> events, List<VoteScore> votes)
    {
        foreach (var f in r.Issues)
        {
            if (!o.Issues.TryGetValue(f.Id, out var actual) || s.FindIssue(f.Id) is not { } issue) continue;
            bool? side = issue.StatusQuo is { } sq ? Math.Sign(f.Forecast - sq) == Math.Sign(actual - sq) : null;
            issues.Add(new IssueScore(s.Id, r.Model, f.Id, f.Forecast, actual, issue.Width, side));
        }
        foreach (var m in r.Motions)
        {
            var final = FinalOutcome(s, o, m.Id);
            if (final is not null) events.Add(new ProbabilityScore(s.Id, r.Model, "motion", m.Id, m.PPass, final.Passed));
            foreach (var recorded in o.Motions.Where(x => x.Motion == m.Id && x.Body is not null && x.Votes?.For is not null))
                if (m.Bodies.TryGetValue(recorded.Body!, out var predicted))
                    votes.Add(new VoteScore(s.Id, r.Model, m.Id, recorded.Body!, predicted.VotesFor, recorded.Votes!.For!.Value, predicted.VotesAgainst, recorded.Votes.Against));
        }
        // Only models of motions forecast removals; a spatial model's actor list (e.g. SMP's win chances) does not.
        if (r.Motions.Count == 0) return;
        var targets = s.Motions.Where(m => m.Kind == MotionKind.Removal).SelectMany(m => m.Targets).ToHashSet(StringComparer.Ordinal);
        foreach (var a in r.Actors.Where(a => targets.Contains(a.Id)))
            events.Add(new ProbabilityScore(s.Id, r.Model, "removal", a.Id, a.PRemoved, o.Removed.Contains(a.Id)));
    }

    /// <summary>The final fate of a motion: its vote in the deciding body, else an entry without a body, else the last one.</summary>
    private static MotionOutcome? FinalOutcome(Scenario s, ScenarioOutcome o, string motionId)
    {
        var entries = o.Motions.Where(x => x.Motion == motionId).ToList();
        var decidedBy = s.Motions.FirstOrDefault(m => m.Id == motionId)?.DecidedBy;
        return entries.LastOrDefault(x => x.Body == decidedBy) ?? entries.LastOrDefault(x => x.Body is null) ?? entries.LastOrDefault();
    }

    private static ModelSummary Summarise(string model, List<IssueScore> issues, List<ProbabilityScore> events, List<VoteScore> votes)
    {
        var i = issues.Where(x => x.Model == model).ToList();
        var e = events.Where(x => x.Model == model).ToList();
        var v = votes.Where(x => x.Model == model).ToList();
        var sided = i.Where(x => x.SideCalled is not null).ToList();
        return new ModelSummary(model,
            i.Count, Mean(i.Select(x => x.AbsoluteError)), Mean(i.Select(x => 100 * x.AbsoluteError / x.ScaleWidth)),
            sided.Count == 0 ? null : sided.Count(x => x.SideCalled == true) / (double)sided.Count,
            e.Count, Mean(e.Select(x => x.Brier)), Mean(e.Select(x => x.LogLoss)), e.Count == 0 ? null : e.Count(x => x.Called) / (double)e.Count,
            v.Count, Mean(v.Select(x => x.AbsoluteError)));
    }

    private static IEnumerable<CalibrationBin> Calibrate(string model, List<ProbabilityScore> events)
    {
        var e = events.Where(x => x.Model == model).ToList();
        for (var b = 0; b < CalibrationBins; b++)
        {
            var (low, high) = (b / (double)CalibrationBins, (b + 1) / (double)CalibrationBins);
            var inBin = e.Where(x => x.Probability >= low && (x.Probability < high || (b == CalibrationBins - 1 && x.Probability <= 1))).ToList();
            if (inBin.Count == 0) continue;
            yield return new CalibrationBin(model, low, high, inBin.Count, inBin.Average(x => x.Probability), inBin.Count(x => x.Happened) / (double)inBin.Count);
        }
    }

    private static double? Mean(IEnumerable<double> xs)
    {
        var list = xs.ToList();
        return list.Count == 0 ? null : list.Average();
    }
}
