using Plenum.Core.Backtesting;
using Plenum.Reports.Charts;
using Plenum.Reports.Page;
using ScottPlot;

namespace Plenum.Reports;

/// <summary>
/// One chart per backtest metric (PNG and SVG): a bar per model, so the models and the naive baselines can be
/// compared at a glance; a calibration chart (forecast probability against observed frequency); and the page
/// <c>backtest.html</c> that puts them next to the tables.
/// </summary>
public static class BacktestCharts
{
    /// <summary>Name of the page written next to the charts.</summary>
    public const string PageName = "backtest.html";

    /// <summary>
    /// Writes the charts (PNG and SVG) and <c>backtest.html</c>, a self-contained page with the tables and the
    /// charts embedded, into <paramref name="directory"/>; returns the paths, the page last.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, BacktestReport report)
    {
        Directory.CreateDirectory(directory);
        var files = new ReportFiles(directory);
        var figures = new List<Figure>();
        var metrics = new (string Stem, string Title, string Axis, Func<ModelSummary, double?> Value)[]
        {
            ("backtest-mae", "Mean absolute error of issue forecasts", "MAE (% of the issue's scale; lower is better)", m => m.NormalisedMae),
            ("backtest-side", "Forecast on the outcome's side of the status quo", "share of issues (%; higher is better)", m => m.SideCalledShare * 100),
            ("backtest-brier", "Brier score of motions and removals", "Brier score (lower is better)", m => m.Brier),
            ("backtest-log-loss", "Log loss of motions and removals", "log loss (lower is better)", m => m.LogLoss),
            ("backtest-called", "Motions and removals called", "share called (%; higher is better)", m => m.EventsCalledShare * 100),
            ("backtest-vote-mae", "Error of predicted votes in favour", "mean absolute error (votes; lower is better)", m => m.VoteMae),
        };
        foreach (var (stem, title, axis, value) in metrics)
        {
            var rows = report.Summary.Where(m => value(m) is not null).Select(m => (m.Model, Value: value(m)!.Value)).ToList();
            if (rows.Count == 0) continue;
            figures.Add(Save(files, new Chart(files.UniqueStem(stem), title, MetricPlot(rows, title, axis), 900, 160 + 42 * rows.Count)));
        }
        if (report.Calibration.Count > 0)
            figures.Add(Save(files, new Chart(files.UniqueStem("backtest-calibration"), "Calibration", CalibrationPlot(report.Calibration), 800, 640)));
        files.Write(PageName, BacktestPage.Build(report, figures));
        return files.Written;
    }

    private static Plot MetricPlot(List<(string Model, double Value)> rows, string title, string axis)
    {
        var plot = ChartStyle.NewPlot();
        var n = rows.Count;
        var bars = rows.Select((r, k) => new Bar
        {
            Position = n - 1 - k,
            Value = r.Value,
            Size = 0.6,
            FillColor = ChartStyle.SeriesColor(k),
            LineWidth = 0,
            Label = r.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        }).ToArray();
        ChartStyle.HorizontalBars(plot, bars, "");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, n).Select(k => (double)(n - 1 - k)).ToArray(), rows.Select(r => r.Model).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(0, Math.Max(1e-9, rows.Max(r => r.Value)) * 1.2);
        plot.Axes.SetLimitsY(-0.7, n - 0.3);
        ChartStyle.SetTitle(plot, title);
        plot.XLabel(axis);
        return plot;
    }

    private static Plot CalibrationPlot(IReadOnlyList<CalibrationBin> bins)
    {
        var plot = ChartStyle.NewPlot();
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.Color = ChartStyle.Muted;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = "perfect calibration";
        var k = 0;
        foreach (var group in bins.GroupBy(b => b.Model))
        {
            var scatter = plot.Add.Scatter(group.Select(b => b.MeanPredicted).ToArray(), group.Select(b => b.ObservedRate).ToArray());
            scatter.Color = ChartStyle.SeriesColor(k);
            scatter.MarkerShape = ChartStyle.SeriesMarker(k++);
            scatter.MarkerSize = 9;
            scatter.LegendText = group.Key;
        }
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        ChartStyle.SetTitle(plot, "Calibration of motion and removal forecasts");
        plot.XLabel("forecast probability (bin mean)");
        plot.YLabel("observed frequency");
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static Figure Save(ReportFiles files, Chart chart)
    {
        var svg = chart.Svg();
        files.Write(chart.Stem + ".png", chart.Png());
        files.Write(chart.Stem + ".svg", svg);
        return new Figure(chart, svg, null, null);
    }
}
