using Plenum.Reports.Charts;

namespace Plenum.Reports.Page;

/// <summary>A chart written to disk, with its SVG kept to embed in the page.</summary>
/// <param name="Key">What it belongs to: an issue id, a body id, or null.</param>
internal sealed record Figure(Chart Chart, string Svg, string? Model, string? Key);
