using System.Globalization;
using ScottPlot;

namespace Plenum.Reports.Charts;

/// <summary>
/// The common look of every chart: large readable type, light grid, a colour-blind-safe palette. Charts are
/// read on a laptop screen and on paper, so text sizes are set for a figure shown at about its pixel width.
/// </summary>
internal static class ChartStyle
{
    public static readonly Color Ink = Color.FromHex("#222222");
    public static readonly Color Muted = Color.FromHex("#666666");
    public static readonly Color GridLine = Color.FromHex("#e3e3e3");
    public static readonly Color MeanColor = Color.FromHex("#111111");
    public static readonly Color MedianColor = Color.FromHex("#b2182b");
    public static readonly Color LowColor = Color.FromHex("#2166ac");
    public static readonly Color HighColor = Color.FromHex("#e08214");

    /// <summary>Tableau-like 20 colours, dark shades first so the first ten lines are the most distinct.</summary>
    private static readonly Color[] Series =
    [
        .. new[]
        {
            "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
            "#393b79", "#ad494a", "#637939", "#8c6d31", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363",
        }.Select(Color.FromHex),
    ];

    /// <summary>The colour of the k-th series; after 20 the palette repeats.</summary>
    public static Color SeriesColor(int k) => Series[k % Series.Length];

    /// <summary>A plot with the report's type sizes and colours.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Title.Label.FontSize = 19;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = Ink;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = 15;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Ink;
            axis.TickLabelStyle.FontSize = 13;
            axis.TickLabelStyle.ForeColor = Ink;
            axis.FrameLineStyle.Color = Muted;
            axis.MajorTickStyle.Color = Muted;
            axis.MinorTickStyle.Color = Muted;
        }
        plot.Grid.MajorLineColor = GridLine;
        plot.Grid.MinorLineColor = Colors.Transparent;
        plot.Legend.FontSize = 13;
        plot.Legend.OutlineColor = GridLine;
        return plot;
    }

    /// <summary>Shortens a label to <paramref name="max"/> characters with an ellipsis, so legends stay narrow.</summary>
    public static string Shorten(string text, int max)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= max ? t : t[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>A number for a chart label: at most one decimal, invariant culture.</summary>
    public static string Number(double x) => x.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A share in [0, 1] as a whole percent.</summary>
    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
