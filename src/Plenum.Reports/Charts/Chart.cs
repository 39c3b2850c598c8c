using ScottPlot;

namespace Plenum.Reports.Charts;

/// <summary>A finished plot with the file stem and the pixel size it is saved at.</summary>
/// <param name="Stem">File name without extension, e.g. <c>trajectory-bdm-line</c>.</param>
/// <param name="Title">What the chart shows, used as the figure's alternative text.</param>
internal sealed record Chart(string Stem, string Title, Plot Plot, int Width, int Height)
{
    public byte[] Png() => Plot.GetImageBytes(Width, Height, ImageFormat.Png);

    public string Svg() => Plot.GetSvgXml(Width, Height);
}
