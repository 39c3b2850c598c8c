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
    public static readonly Color MedianColor = Color.FromHex("#666666");
    public static readonly Color LowColor = Color.FromHex("#2166ac");
    public static readonly Color HighColor = Color.FromHex("#e08214");

    /// <summary>
    /// Twenty distinct colours (Tableau's first ten, then darker shades), without greys: grey is kept for the
    /// weighted median and reference lines.
    /// </summary>
    private static readonly Color[] Series =
    [
        .. new[]
        {
            "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf", "#393b79",
            "#ad494a", "#637939", "#8c6d31", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#0b6e4f", "#c51b7d",
        }.Select(Color.FromHex),
    ];

    /// <summary>The first sans-serif family installed, so charts match the page's system font stack.</summary>
    private static readonly Lazy<string> SansFont = new(() =>
        new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Segoe UI" }.FirstOrDefault(f => string.Equals(Fonts.GetTypeface(f, false, false)?.FamilyName, f, StringComparison.OrdinalIgnoreCase)) ?? Fonts.Sans);

    private static readonly MarkerShape[] Shapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    /// <summary>The colour of the k-th series; after 20 the palette repeats (with another marker shape).</summary>
    public static Color SeriesColor(int k) => Series[k % Series.Length];

    /// <summary>The marker of the k-th series: circles for the first 20, then squares, triangles, diamonds.</summary>
    public static MarkerShape SeriesMarker(int k) => Shapes[k / Series.Length % Shapes.Length];

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
            axis.Label.FontName = SansFont.Value;
            axis.TickLabelStyle.FontName = SansFont.Value;
            axis.Label.FontSize = 15;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Ink;
            axis.TickLabelStyle.FontSize = 13;
            axis.TickLabelStyle.ForeColor = Ink;
            axis.FrameLineStyle.Color = Muted;
            axis.MajorTickStyle.Color = Muted;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Grid.MajorLineColor = GridLine;
        plot.Grid.MinorLineColor = Colors.Transparent;
        plot.Legend.FontName = SansFont.Value;
        plot.Legend.FontSize = 13;
        plot.Legend.OutlineColor = GridLine;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        return plot;
    }

    /// <summary>Shortens a label to <paramref name="max"/> characters with an ellipsis, so legends stay narrow.</summary>
    public static string Shorten(string text, int max)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= max ? t : t[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>Horizontal bars with their value labels in the report's font.</summary>
    public static ScottPlot.Plottables.BarPlot HorizontalBars(Plot plot, Bar[] bars, string legend)
    {
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.LegendText = legend;
        barPlot.ValueLabelStyle.FontName = SansFont.Value;
        barPlot.ValueLabelStyle.FontSize = 12;
        barPlot.ValueLabelStyle.ForeColor = Ink;
        return barPlot;
    }

    /// <summary>Sets the title in the report's bold title style.</summary>
    public static void SetTitle(Plot plot, string title)
    {
        plot.Title(title);
        plot.Axes.Title.Label.FontName = SansFont.Value;
        plot.Axes.Title.Label.FontSize = 19;
        plot.Axes.Title.Label.Bold = true;
    }

    /// <summary>
    /// "prefix name suffix" with the name shortened so the whole title stays within <paramref name="max"/>
    /// characters: long issue names must not push the title off the figure.
    /// </summary>
    public static string Title(string prefix, string name, string suffix, int max)
    {
        var room = Math.Max(12, max - prefix.Length - suffix.Length);
        return prefix + Shorten(name, room) + suffix;
    }

    /// <summary>Ticks at <see cref="TickPositions"/>, labelled with <paramref name="label"/> (default: <see cref="Number"/>).</summary>
    public static ScottPlot.TickGenerators.NumericManual Ticks(double low, double high, Func<double, string>? label = null)
    {
        var ticks = TickPositions(low, high);
        return new ScottPlot.TickGenerators.NumericManual(ticks, [.. ticks.Select(label ?? Number)]);
    }

    /// <summary>Round numbers (steps of 1, 2, 2.5 or 5 × 10ⁿ) inside [low, high]: the smallest such step giving at most ten intervals.</summary>
    public static double[] TickPositions(double low, double high)
    {
        var span = Math.Max(high - low, 1e-9);
        var raw = span / 10;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        var ticks = new List<double>();
        for (var k = Math.Ceiling(low / step - 1e-9); k * step <= high + step * 1e-9; k++) ticks.Add(Math.Round(k * step, 10) + 0.0);
        return [.. ticks];
    }

    /// <summary>A number for a chart label: at most one decimal, invariant culture.</summary>
    public static string Number(double x) => (Math.Abs(x) < 0.05 ? 0 : x).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A share in [0, 1] as a whole percent.</summary>
    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
