using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;
using ScottPlot;

namespace Plenum.Reports.Charts;

/// <summary>
/// The tornado of a sensitivity analysis: for each input, where the forecast lands with the input at the low
/// and at the high end of its range, largest swings on top. It answers "which number should I check first?".
/// </summary>
internal static class TornadoChart
{
    /// <summary>Bars shown; the rest of the ranking stays in the report's table and the CLI's CSV.</summary>
    public const int MaxInputs = 15;

    /// <summary>The chart, or null when no input moves the forecast.</summary>
    public static Chart? Create(Scenario scenario, SensitivityResult s, string stem)
    {
        var inputs = s.Inputs.Where(i => i.Swing > 0).Take(MaxInputs).ToList();
        if (inputs.Count == 0) return null;
        var plot = ChartStyle.NewPlot();
        var n = inputs.Count;
        var low = inputs.Select((x, k) => Bar(n - 1 - k - 0.19, s.BaseForecast, x.AtLow, ChartStyle.LowColor)).ToArray();
        var high = inputs.Select((x, k) => Bar(n - 1 - k + 0.19, s.BaseForecast, x.AtHigh, ChartStyle.HighColor)).ToArray();
        ChartStyle.HorizontalBars(plot, low, "input at the low end of its range");
        ChartStyle.HorizontalBars(plot, high, "input at the high end");
        var baseLine = plot.Add.VerticalLine(s.BaseForecast, 2f, ChartStyle.MeanColor, LinePattern.Dashed);
        baseLine.LegendText = $"point forecast {ChartStyle.Number(s.BaseForecast)}";

        var positions = Enumerable.Range(0, n).Select(k => (double)(n - 1 - k)).ToArray();
        var labels = inputs.Select(x => $"{ChartStyle.Shorten(x.Path, 40)}  [{ChartStyle.Number(x.Low)}–{ChartStyle.Number(x.High)}]").ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.7, n - 0.3);
        var issue = scenario.FindIssue(s.Issue);
        var lo = inputs.Min(x => Math.Min(x.AtLow, x.AtHigh));
        var hi = inputs.Max(x => Math.Max(x.AtLow, x.AtHigh));
        var pad = Math.Max((hi - lo) * 0.08, issue is null ? 0.5 : issue.Width * 0.01);
        plot.Axes.SetLimitsX(Math.Min(lo, s.BaseForecast) - pad, Math.Max(hi, s.BaseForecast) + pad);
        ChartStyle.SetTitle(plot, ChartStyle.Title("What moves the forecast — ", s.Model, "", 50));
        plot.XLabel(ChartStyle.Title("Forecast on: ", issue?.Name ?? s.Issue, "", 84));
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return new Chart(stem, $"Sensitivity of the forecast on {issue?.Name ?? s.Issue} under {s.Model}", plot, 1100, Math.Max(380, 190 + 38 * n));
    }

    private static Bar Bar(double position, double from, double to, Color color) => new()
    {
        Position = position,
        ValueBase = from,
        Value = to,
        Size = 0.36,
        FillColor = color,
        LineWidth = 0,
    };
}
