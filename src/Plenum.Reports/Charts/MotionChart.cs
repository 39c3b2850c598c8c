using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using ScottPlot;

namespace Plenum.Reports.Charts;

/// <summary>
/// The chance each motion passes under one model: overall, and in each body that votes on it, so the reader
/// sees where a motion would be stopped.
/// </summary>
internal static class MotionChart
{
    private static readonly Color OverallColor = Color.FromHex("#333333");

    /// <summary>The chart, or null when the result forecasts no motion.</summary>
    public static Chart? Create(Scenario scenario, ForecastResult result, string stem)
    {
        var motions = result.Motions;
        if (motions.Count == 0) return null;
        var bodies = motions.SelectMany(m => m.Bodies.Keys).Distinct(StringComparer.Ordinal).ToList();
        var slots = bodies.Count + 1;
        var groupHeight = slots + 1.0;
        var plot = ChartStyle.NewPlot();
        double Slot(int motion, int slot) => (motions.Count - 1 - motion) * groupHeight + (slots - 1 - slot);

        var overall = motions.Select((m, i) => Bar(Slot(i, 0), m.PPass, OverallColor)).ToArray();
        ChartStyle.HorizontalBars(plot, overall, "overall (deciding body, after any overruling)");
        for (var j = 0; j < bodies.Count; j++)
        {
            var body = bodies[j];
            var color = ChartStyle.SeriesColor(j);
            var bars = motions.Select((m, i) => (m, i)).Where(x => x.m.Bodies.ContainsKey(body))
                .Select(x => Bar(Slot(x.i, j + 1), x.m.Bodies[body].PPass, color)).ToArray();
            ChartStyle.HorizontalBars(plot, bars, "in " + ChartStyle.Shorten(scenario.FindBody(body)?.Name ?? body, 44));
        }

        var centres = motions.Select((_, i) => Slot(i, 0) - (slots - 1) / 2.0).ToArray();
        var labels = motions.Select(m => ChartStyle.Shorten(m.Id, 32)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(centres, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(0, 112);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"]);
        plot.Axes.SetLimitsY(-0.8, motions.Count * groupHeight - 1.2);
        plot.Add.VerticalLine(50, 1.5f, ChartStyle.Muted, LinePattern.Dotted).ExcludeFromLegend = true;
        ChartStyle.SetTitle(plot, $"Chance each motion passes — {result.Model}");
        plot.XLabel("Probability of passing");
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        var height = 200 + (int)(motions.Count * groupHeight * 22) + 24 * ((bodies.Count + 3) / 3);
        return new Chart(stem, $"Chance each motion passes under {result.Model}", plot, 1100, Math.Max(380, height));
    }

    private static Bar Bar(double position, double share, Color color) => new()
    {
        Position = position,
        Value = share * 100,
        Size = 0.8,
        FillColor = color,
        LineWidth = 0,
        Label = ChartStyle.Percent(share),
    };
}
