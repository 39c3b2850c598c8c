using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using ScottPlot;

namespace Plenum.Reports.Charts;

/// <summary>
/// The histogram of one issue's forecast over Monte Carlo runs, with the 5–95 % band, the mean and the
/// median marked: how sure the forecast is, not just where it lies.
/// </summary>
internal static class DistributionChart
{
    private static readonly Color BarColor = Color.FromHex("#6baed6");
    private static readonly Color BandColor = Color.FromHex("#fdae61").WithAlpha(0.22);

    /// <summary>The chart, or null when the issue has no distribution.</summary>
    public static Chart? Create(Scenario scenario, ForecastResult result, IssueForecast forecast, string stem)
    {
        if (forecast.Distribution is not { Histogram.Count: > 0 } d) return null;
        var issue = scenario.FindIssue(forecast.Id);
        var plot = ChartStyle.NewPlot();
        var width = d.BinHigh > d.BinLow ? (d.BinHigh - d.BinLow) / d.Histogram.Count : 1;

        var band = plot.Add.HorizontalSpan(d.P05, d.P95, BandColor);
        band.LineWidth = 0;
        band.LegendText = $"5–95% of runs: {ChartStyle.Number(d.P05)}–{ChartStyle.Number(d.P95)}";

        var bars = d.Histogram.Select((count, k) => new Bar
        {
            Position = d.BinLow + (k + 0.5) * width,
            Value = count,
            Size = width * 0.92,
            FillColor = BarColor,
            LineWidth = 0,
        }).ToArray();
        var barPlot = plot.Add.Bars(bars);
        barPlot.LegendText = "runs per bin";

        Marker(plot, d.Mean, $"mean {ChartStyle.Number(d.Mean)}", ChartStyle.MeanColor, LinePattern.Dashed);
        Marker(plot, d.P50, $"median {ChartStyle.Number(d.P50)}", ChartStyle.MedianColor, LinePattern.Dashed);
        if (issue?.StatusQuo is { } sq) Marker(plot, sq, $"status quo {ChartStyle.Number(sq)}", ChartStyle.Muted, LinePattern.Dotted);

        var (left, right) = VisibleRange(d, width, issue?.StatusQuo);
        plot.Axes.SetLimitsX(left, right);
        plot.Axes.Bottom.TickGenerator = ChartStyle.Ticks(left, right);
        plot.Axes.SetLimitsY(0, Math.Max(1, d.Histogram.Max()) * 1.12);
        ChartStyle.SetTitle(plot, ChartStyle.Title("", issue?.Name ?? forecast.Id, $" — {result.Model}, {d.Runs:N0} runs", 62));
        plot.XLabel("Forecast position");
        plot.YLabel("Runs");
        var centre = (left + right) / 2;
        plot.ShowLegend(d.P50 > centre ? Alignment.UpperLeft : Alignment.UpperRight);
        return new Chart(stem, $"Distribution of the forecast on {issue?.Name ?? forecast.Id} under {result.Model}", plot, 1000, 520);
    }

    /// <summary>
    /// The occupied bins with two empty bins either side (and the status quo, if near), so a tight distribution
    /// is not drawn as one sliver on a wide scale; the whole scale when the runs spread over most of it.
    /// </summary>
    private static (double Left, double Right) VisibleRange(OutcomeDistribution d, double width, double? statusQuo)
    {
        var first = d.Histogram.ToList().FindIndex(c => c > 0);
        var last = d.Histogram.ToList().FindLastIndex(c => c > 0);
        if (first < 0) return (d.BinLow, d.BinHigh);
        var left = Math.Max(d.BinLow, d.BinLow + (first - 2) * width);
        var right = Math.Min(d.BinHigh, d.BinLow + (last + 3) * width);
        if (statusQuo is { } sq && sq >= d.BinLow && sq <= d.BinHigh)
        {
            left = Math.Min(left, Math.Max(d.BinLow, sq - width));
            right = Math.Max(right, Math.Min(d.BinHigh, sq + width));
        }
        return (left, right);
    }

    private static void Marker(Plot plot, double x, string label, Color color, LinePattern pattern)
    {
        var line = plot.Add.VerticalLine(x, 2.5f, color, pattern);
        line.LegendText = label;
    }
}
