using Plenum.Core.Scenarios;
using ScottPlot;

namespace Plenum.Reports.Charts;

/// <summary>
/// A-priori voting power of each member of one body, Shapley–Shubik beside Banzhaf: who can swing the vote,
/// which is often not who has the most votes.
/// </summary>
internal static class PowerChart
{
    /// <summary>The chart, or null when the body has no rows.</summary>
    public static Chart? Create(Scenario scenario, string bodyId, IReadOnlyList<BodyPowerRow> rows, string stem)
    {
        if (rows.Count == 0) return null;
        var ordered = rows.OrderByDescending(r => r.Shapley).ThenBy(r => r.Actor, StringComparer.Ordinal).ToList();
        var n = ordered.Count;
        var plot = ChartStyle.NewPlot();
        var shapley = ordered.Select((r, k) => Bar(n - 1 - k + 0.19, r.Shapley, ChartStyle.LowColor)).ToArray();
        var banzhaf = ordered.Select((r, k) => Bar(n - 1 - k - 0.19, r.Banzhaf, ChartStyle.HighColor)).ToArray();
        ChartStyle.HorizontalBars(plot, shapley, "Shapley–Shubik");
        ChartStyle.HorizontalBars(plot, banzhaf, "Banzhaf (normalised)");

        var positions = Enumerable.Range(0, n).Select(k => (double)(n - 1 - k)).ToArray();
        var labels = ordered.Select(r => ChartStyle.Shorten(scenario.FindActor(r.Actor)?.Name ?? r.Actor, 36)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var max = ordered.Max(r => Math.Max(r.Shapley, r.Banzhaf)) * 100;
        plot.Axes.SetLimitsX(0, Math.Max(1, max) * 1.18);
        plot.Axes.SetLimitsY(-0.7, n - 0.3);
        ChartStyle.SetTitle(plot, ChartStyle.Title("Voting power in ", scenario.FindBody(bodyId)?.Name ?? bodyId, "", 66));
        plot.XLabel("Share of voting power (%)");
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return new Chart(stem, $"Voting power in {scenario.FindBody(bodyId)?.Name ?? bodyId}", plot, 1000, 200 + 40 * n);
    }

    private static Bar Bar(double position, double share, Color color) => new()
    {
        Position = position,
        Value = share * 100,
        Size = 0.36,
        FillColor = color,
        LineWidth = 0,
        Label = ChartStyle.Number(share * 100),
    };
}
