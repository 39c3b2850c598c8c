using Plenum.Reports.Charts;
using Plenum.Reports.Page;

namespace Plenum.Reports;

/// <summary>
/// Writes a forecast report into a folder: <c>report.html</c>, one self-contained page to read and share,
/// and every chart as PNG (for slides and documents) and SVG (for print). File names are listed in
/// <c>docs/report.md</c>.
/// </summary>
public static class ForecastReport
{
    /// <summary>Name of the page written into the folder.</summary>
    public const string PageName = "report.html";

    /// <summary>
    /// Writes the report into <paramref name="directory"/> (created if missing) and returns the full paths of
    /// the files written, charts first and the page last. Each file is written whole under a temporary name
    /// and then moved into place, so an existing report is replaced file by file, never left half written.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Directory.CreateDirectory(directory);
        var files = new ReportFiles(directory);
        var scenario = input.Scenario;

        var trajectories = new List<Figure>();
        var distributions = new List<Figure>();
        var motions = new List<Figure>();
        foreach (var r in input.Results)
        {
            foreach (var issue in r.Issues)
            {
                Add(trajectories, TrajectoryChart.Create(scenario, r, issue, files.UniqueStem($"trajectory-{r.Model}-{issue.Id}")), r.Model, issue.Id);
                Add(distributions, DistributionChart.Create(scenario, r, issue, files.UniqueStem($"distribution-{r.Model}-{issue.Id}")), r.Model, issue.Id);
            }
            Add(motions, MotionChart.Create(scenario, r, files.UniqueStem($"motions-{r.Model}")), r.Model, null);
        }
        var tornadoes = new List<Figure>();
        foreach (var s in input.Sensitivity)
            Add(tornadoes, TornadoChart.Create(scenario, s, files.UniqueStem($"tornado-{s.Model}-{s.Issue}")), s.Model, s.Issue);
        var power = new List<Figure>();
        foreach (var body in input.Power.GroupBy(p => p.Body))
            Add(power, PowerChart.Create(scenario, body.Key, body.ToList(), files.UniqueStem($"power-{body.Key}")), null, body.Key);

        var page = ReportPage.Build(input, new ReportFigures(trajectories, distributions, motions, tornadoes, power));
        files.Write(PageName, page);
        return files.Written;

        void Add(List<Figure> list, Chart? chart, string? model, string? key)
        {
            if (chart is null) return;
            var svg = chart.Svg();
            files.Write(chart.Stem + ".png", chart.Png());
            files.Write(chart.Stem + ".svg", svg);
            list.Add(new Figure(chart, svg, model, key));
        }
    }
}
