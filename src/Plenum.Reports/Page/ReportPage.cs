using System.Text;

namespace Plenum.Reports.Page;

/// <summary>
/// Builds <c>report.html</c>: one self-contained page (inline CSS, charts as embedded SVG images, no scripts,
/// no external fonts) that opens offline and prints cleanly.
/// </summary>
internal static class ReportPage
{
    public static string Build(ReportInput input, ReportFigures figures)
    {
        var s = input.Scenario;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"Plenum\">\n")
          .Append("<title>").Append(Html.Text(s.Title)).Append(" — forecast</title>\n")
          .Append("<style>\n").Append(ReportCss.Text).Append("\n</style>\n</head>\n<body>\n<main>\n");
        Header(sb, input);
        Contents(sb, input, figures);
        ResultSections.Summary(sb, input);
        ResultSections.Notes(sb, input);
        IssueFigures(sb, input, "trajectories", "How positions move", figures.Trajectories,
            "Each line is an actor's position after each round; the dashed lines are the capability × salience weighted mean and median.");
        IssueFigures(sb, input, "distributions", "Outcome distributions", figures.Distributions,
            "How the forecast spreads when the uncertain inputs are drawn at random; the shaded band holds 90% of the runs.");
        ResultSections.Motions(sb, input, figures.Motions);
        ResultSections.Actors(sb, input);
        ResultSections.Sensitivity(sb, input, figures.Tornadoes);
        ResultSections.Power(sb, input, figures.Power);
        InputsSection.Write(sb, s, new EvidenceIndex(s));
        ResultSections.Tables(sb, input);
        Footer(sb, input);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>A figure: the chart's SVG as an embedded image (an image cannot run scripts), and its file names.</summary>
    public static void WriteFigure(StringBuilder sb, Figure f)
    {
        var c = f.Chart;
        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes(f.Svg));
        sb.Append("<figure><img src=\"data:image/svg+xml;base64,").Append(data).Append("\" width=\"").Append(c.Width)
          .Append("\" height=\"").Append(c.Height).Append("\" alt=\"").Append(Html.Text(c.Title)).Append("\">")
          .Append("<figcaption>").Append(Html.Text(c.Title)).Append(". Files: <code>").Append(Html.Text(c.Stem)).Append(".png</code>, <code>")
          .Append(Html.Text(c.Stem)).Append(".svg</code></figcaption></figure>\n");
    }

    private static void Header(StringBuilder sb, ReportInput input)
    {
        var s = input.Scenario;
        sb.Append("<header>\n<p class=\"kicker\">Plenum forecast report</p>\n<h1>").Append(Html.Text(s.Title)).Append("</h1>\n<p class=\"meta\">");
        var meta = new List<string> { $"Scenario <code>{Html.Text(s.Id)}</code>" };
        if (s.AsOf is { } asOf) meta.Add($"situation as of <strong>{Html.Text(asOf)}</strong>");
        meta.Add(string.Join(", ", Count(s.Actors.Count, "actor", "actors"), Count(s.Issues.Count, "issue", "issues"),
            Count(s.Bodies.Count, "body", "bodies"), Count(s.Motions.Count, "motion", "motions")));
        if (input.Results.Count > 0) meta.Add("models: " + string.Join(", ", input.Results.Select(r => $"<code>{Html.Text(r.Model)}</code>")));
        sb.Append(string.Join(" · ", meta)).Append("</p>\n</header>\n");
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static void Contents(StringBuilder sb, ReportInput input, ReportFigures figures)
    {
        var items = new List<(string Id, string Title)> { ("summary", "Summary") };
        if (input.Results.Any(r => r.Notes.Count > 0)) items.Add(("notes", "Notes from the models"));
        if (figures.Trajectories.Count > 0) items.Add(("trajectories", "How positions move"));
        if (figures.Distributions.Count > 0) items.Add(("distributions", "Outcome distributions"));
        if (input.Results.Any(r => r.Motions.Count > 0)) items.Add(("motions", "Motions"));
        if (input.Results.Any(r => r.Actors.Count > 0)) items.Add(("actors", "Actors' prospects"));
        if (input.Sensitivity.Count > 0) items.Add(("sensitivity", "Sensitivity"));
        if (input.Power.Count > 0) items.Add(("power", "Voting power"));
        items.Add(("inputs", "Inputs"));
        if (input.Scenario.Actors.Any(a => a.Evidence.Count > 0) || input.Scenario.Bodies.Any(b => b.Evidence.Count > 0))
            items.Add(("evidence", "Quoted passages"));
        if (input.Scenario.Sources.Count > 0) items.Add(("sources", "Sources"));
        if (input.Results.Any(r => r.Tables.Count > 0)) items.Add(("detail", "Model detail"));
        sb.Append("<nav aria-label=\"Contents\"><ol>\n");
        foreach (var (id, title) in items) sb.Append("<li><a href=\"#").Append(id).Append("\">").Append(Html.Text(title)).Append("</a></li>\n");
        sb.Append("</ol></nav>\n");
    }

    private static void IssueFigures(StringBuilder sb, ReportInput input, string id, string title, IReadOnlyList<Figure> figures, string intro)
    {
        if (figures.Count == 0) return;
        sb.Append("<section id=\"").Append(id).Append("\"><h2>").Append(Html.Text(title)).Append("</h2>\n<p>").Append(Html.Text(intro)).Append("</p>\n");
        foreach (var issueId in figures.Select(f => f.Key).Distinct())
        {
            var issue = issueId is null ? null : input.Scenario.FindIssue(issueId);
            sb.Append("<h3>").Append(Html.Text(issue?.Name ?? issueId)).Append("</h3>\n");
            foreach (var f in figures.Where(f => f.Key == issueId)) WriteFigure(sb, f);
        }
        sb.Append("</section>\n");
    }

    private static void Footer(StringBuilder sb, ReportInput input)
    {
        sb.Append("<footer>\n<p>Made with Plenum. Forecasts are model outputs from the inputs above, not predictions of record; ")
          .Append("check the inputs first.</p>\n");
        foreach (var r in input.Results)
        {
            var options = string.Join(", ", r.Options.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
            sb.Append("<p><code>").Append(Html.Text(r.Model)).Append("</code> options: ").Append(Html.Text(options.Length == 0 ? "none" : options)).Append("</p>\n");
        }
        sb.Append("</footer>\n");
    }
}
