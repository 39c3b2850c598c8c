using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using ScottPlot;

namespace Plenum.Reports.Charts;

/// <summary>
/// Positions by round on one issue under one model: a line per actor, with the weighted mean and median
/// dashed, so the reader sees who moved, who held, and where the bargaining ends.
/// </summary>
internal static class TrajectoryChart
{
    /// <summary>Above this many actors the legend would outgrow the chart, so actor lines go unlabelled.</summary>
    public const int MaxLabelledActors = 40;

    /// <summary>The chart, or null when the run has a single round (nothing moves).</summary>
    public static Chart? Create(Scenario scenario, ForecastResult result, IssueForecast forecast, string stem)
    {
        if (forecast.Rounds.Count < 2) return null;
        var issue = scenario.FindIssue(forecast.Id);
        var plot = ChartStyle.NewPlot();
        var rounds = forecast.Rounds;
        var actorIds = ActorOrder(scenario, rounds);
        for (var k = 0; k < actorIds.Count; k++)
        {
            var id = actorIds[k];
            var points = rounds.Where(r => r.Positions.ContainsKey(id)).Select(r => new Coordinates(r.Round, r.Positions[id])).ToArray();
            var line = plot.Add.Scatter(points, ChartStyle.SeriesColor(k));
            line.LineWidth = 2;
            line.MarkerSize = rounds.Count <= 25 ? 6 : 0;
            line.MarkerShape = ChartStyle.SeriesMarker(k);
            if (actorIds.Count <= MaxLabelledActors) line.LegendText = ChartStyle.Shorten(scenario.FindActor(id)?.Name ?? id, 30);
        }
        AddStatistic(plot, rounds, r => r.Mean, "weighted mean", ChartStyle.MeanColor);
        AddStatistic(plot, rounds, r => r.Median, "weighted median", ChartStyle.MedianColor);

        var last = rounds[^1].Round;
        if (issue is not null)
        {
            var pad = issue.Width * 0.03;
            plot.Axes.SetLimitsY(issue.Low - pad, issue.High + pad);
            plot.Axes.Left.TickGenerator = ChartStyle.Ticks(issue.Low, issue.High);
        }
        plot.Axes.SetLimitsX(rounds[0].Round - 0.2, last + 0.2);
        if (rounds.Count <= 25)
        {
            var ticks = rounds.Select(r => (double)r.Round).ToArray();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, ticks.Select(ChartStyle.Number).ToArray());
        }
        ChartStyle.SetTitle(plot, ChartStyle.Title("", issue?.Name ?? forecast.Id, $" — {result.Model}", 66));
        plot.XLabel(actorIds.Count <= MaxLabelledActors
            ? "Round (0 = stated positions)"
            : $"Round (0 = stated positions); {actorIds.Count} actors, too many to label: see the CSV");
        plot.YLabel(issue is null ? "Position" : $"Position ({ChartStyle.Number(issue.Low)}–{ChartStyle.Number(issue.High)})");
        plot.ShowLegend(Edge.Right);
        var height = Math.Max(560, 110 + 21 * (Math.Min(actorIds.Count, MaxLabelledActors) + 2));
        return new Chart(stem, $"Positions by round on {issue?.Name ?? forecast.Id} under {result.Model}", plot, 1100, height);
    }

    private static void AddStatistic(Plot plot, IReadOnlyList<RoundState> rounds, Func<RoundState, double> value, string label, Color color)
    {
        var line = plot.Add.ScatterLine(rounds.Select(r => (double)r.Round).ToArray(), rounds.Select(value).ToArray(), color);
        line.LineWidth = 3;
        line.LinePattern = color == ChartStyle.MeanColor ? LinePattern.Dashed : LinePattern.DenselyDashed;
        line.LegendText = label;
    }

    /// <summary>Actors in scenario order, then any the result names that the scenario does not.</summary>
    private static List<string> ActorOrder(Scenario scenario, IReadOnlyList<RoundState> rounds)
    {
        var present = rounds.SelectMany(r => r.Positions.Keys).ToHashSet(StringComparer.Ordinal);
        var order = scenario.Actors.Select(a => a.Id).Where(present.Contains).ToList();
        order.AddRange(present.Except(order, StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal));
        return order;
    }
}
