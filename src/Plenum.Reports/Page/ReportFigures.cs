namespace Plenum.Reports.Page;

/// <summary>The figures of a report, by section.</summary>
internal sealed record ReportFigures(
    IReadOnlyList<Figure> Trajectories,
    IReadOnlyList<Figure> Distributions,
    IReadOnlyList<Figure> Motions,
    IReadOnlyList<Figure> Tornadoes,
    IReadOnlyList<Figure> Power);
