using System.Text;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;

namespace Plenum.Reports.Page;

/// <summary>The sections built from model results: summary, notes, figures with their tables, model detail.</summary>
internal static class ResultSections
{
    /// <summary>Rows of a model's detail table shown in the page; the CSV files hold them all.</summary>
    public const int MaxTableRows = 50;

    public static void Summary(StringBuilder sb, ReportInput input)
    {
        sb.Append("<section id=\"summary\"><h2>Summary</h2>\n");
        if (input.Results.Count == 0) sb.Append("<p>No model was run.</p>\n");
        foreach (var issueId in IssueIds(input))
        {
            var issue = input.Scenario.FindIssue(issueId);
            var rows = input.Results.SelectMany(r => r.Issues.Where(i => i.Id == issueId).Select(i => (r, i))).ToList();
            sb.Append("<article><h3 id=\"").Append(Html.Anchor("issue-", issueId)).Append("\">").Append(Html.Text(issue?.Name ?? issueId)).Append("</h3>\n");
            if (issue is not null) sb.Append("<p class=\"scale\">").Append(InputsSection.IssueScale(issue)).Append("</p>\n");
            sb.Append("<p class=\"lead\">").Append(Sentence(rows)).Append("</p>\n");
            sb.Append("<div class=\"table-wrap\"><table>");
            Html.Head(sb, "Model", "Forecast", "5–95% of runs", "Mean", "Median", "Run");
            sb.Append("<tbody>\n");
            foreach (var (r, f) in rows)
            {
                Html.Row(sb,
                [
                    $"<code>{Html.Text(r.Model)}</code>",
                    $"<span class=\"val\">{Html.Position(f.Forecast)}</span>",
                    f.Distribution is { } d ? $"{Html.Position(d.P05)} – {Html.Position(d.P95)}" : "—",
                    Html.Position(f.Mean),
                    Html.Position(f.Median),
                    Html.Text(RunDescription(f)),
                ]);
            }
            sb.Append("</tbody></table></div></article>\n");
        }
        if (input.Results.Count > 0)
            sb.Append("<p class=\"scale\">Mean and median are of the final positions, each actor weighted by capability × salience.</p>\n");
        sb.Append("</section>\n");
    }

    public static void Notes(StringBuilder sb, ReportInput input)
    {
        var withNotes = input.Results.Where(r => r.Notes.Count > 0).ToList();
        if (withNotes.Count == 0) return;
        sb.Append("<section id=\"notes\"><div class=\"box\"><h3>Notes from the models</h3>\n<ul>\n");
        foreach (var r in withNotes)
            foreach (var n in r.Notes) sb.Append("<li><code>").Append(Html.Text(r.Model)).Append("</code>: ").Append(Html.Text(n)).Append("</li>\n");
        sb.Append("</ul></div></section>\n");
    }

    public static void Motions(StringBuilder sb, ReportInput input, IReadOnlyList<Figure> figures)
    {
        var results = input.Results.Where(r => r.Motions.Count > 0).ToList();
        if (results.Count == 0) return;
        sb.Append("<section id=\"motions\"><h2>Motions</h2>\n");
        foreach (var f in figures) ReportPage.WriteFigure(sb, f);
        sb.Append("<div class=\"table-wrap\"><table>");
        Html.Head(sb, "Motion", "Decided by", "Model", "Passes", "By body (for / against)");
        sb.Append("<tbody>\n");
        foreach (var r in results)
            foreach (var m in r.Motions)
            {
                var bodies = string.Join("<br>", m.Bodies.Select(kv =>
                    $"{Html.Text(input.Scenario.FindBody(kv.Key)?.Name ?? kv.Key)}: {Html.Percent(kv.Value.PPass)} ({Html.Input(kv.Value.VotesFor)} / {Html.Input(kv.Value.VotesAgainst)})"));
                Html.Row(sb,
                [
                    $"<code>{Html.Text(m.Id)}</code>" + MotionNote(input.Scenario, m.Id),
                    Html.Text(input.Scenario.FindBody(m.DecidedBy)?.Name ?? m.DecidedBy),
                    $"<code>{Html.Text(r.Model)}</code>",
                    $"<span class=\"val\">{Html.Percent(m.PPass)}</span>",
                    bodies,
                ]);
            }
        sb.Append("</tbody></table></div></section>\n");
    }

    public static void Actors(StringBuilder sb, ReportInput input)
    {
        var results = input.Results.Where(r => r.Actors.Count > 0).ToList();
        if (results.Count == 0) return;
        sb.Append("<section id=\"actors\"><h2>Actors' prospects</h2>\n<div class=\"table-wrap\"><table>");
        Html.Head(sb, "Actor", "Model", "Chance of removal", "Chance of prevailing");
        sb.Append("<tbody>\n");
        foreach (var r in results)
            foreach (var a in r.Actors)
                Html.Row(sb,
                [
                    Html.Text(input.Scenario.FindActor(a.Id)?.Name ?? a.Id),
                    $"<code>{Html.Text(r.Model)}</code>",
                    Html.Percent(a.PRemoved),
                    Html.Percent(a.PPrevails),
                ]);
        sb.Append("</tbody></table></div></section>\n");
    }

    public static void Sensitivity(StringBuilder sb, ReportInput input, IReadOnlyList<Figure> figures)
    {
        if (input.Sensitivity.Count == 0) return;
        sb.Append("<section id=\"sensitivity\"><h2>Sensitivity</h2>\n")
          .Append("<p>Each input is swung over its range with every other input at its point value. ")
          .Append("The variance share is the part of the Monte Carlo spread this input explains alone (η²).</p>\n");
        foreach (var s in input.Sensitivity)
        {
            var issue = input.Scenario.FindIssue(s.Issue);
            sb.Append("<h3>").Append(Html.Text(issue?.Name ?? s.Issue)).Append(" — <code>").Append(Html.Text(s.Model)).Append("</code></h3>\n");
            foreach (var f in figures.Where(f => f.Model == s.Model && f.Key == s.Issue)) ReportPage.WriteFigure(sb, f);
            sb.Append("<details><summary>All ").Append(s.Inputs.Count).Append(" inputs</summary><div class=\"table-wrap\"><table>");
            Html.Head(sb, "Input", "Range", "Forecast at low", "Forecast at high", "Swing", "Variance share");
            sb.Append("<tbody>\n");
            foreach (var x in s.Inputs)
                Html.Row(sb,
                [
                    $"<code>{Html.Text(x.Path)}</code>",
                    $"{Html.Input(x.Low)} – {Html.Input(x.High)}",
                    Html.Position(x.AtLow),
                    Html.Position(x.AtHigh),
                    Html.Position(x.Swing),
                    x.FirstOrderIndex is { } eta ? Html.Percent(eta) : "—",
                ]);
            sb.Append("</tbody></table></div></details>\n");
        }
        sb.Append("</section>\n");
    }

    public static void Power(StringBuilder sb, ReportInput input, IReadOnlyList<Figure> figures)
    {
        if (input.Power.Count == 0) return;
        sb.Append("<section id=\"power\"><h2>Voting power</h2>\n")
          .Append("<p>A-priori power of each member: how often its vote turns a losing coalition into a winning one, ")
          .Append("whatever the issue. It follows the decision rule, not the members' positions.</p>\n");
        foreach (var group in input.Power.GroupBy(p => p.Body))
        {
            sb.Append("<h3>").Append(Html.Text(input.Scenario.FindBody(group.Key)?.Name ?? group.Key)).Append("</h3>\n");
            foreach (var f in figures.Where(f => f.Key == group.Key)) ReportPage.WriteFigure(sb, f);
            sb.Append("<div class=\"table-wrap\"><table>");
            Html.Head(sb, "Member", "Shapley–Shubik", "Banzhaf");
            sb.Append("<tbody>\n");
            foreach (var p in group.OrderByDescending(p => p.Shapley))
                Html.Row(sb, [Html.Text(input.Scenario.FindActor(p.Actor)?.Name ?? p.Actor), Html.Percent(p.Shapley), Html.Percent(p.Banzhaf)]);
            sb.Append("</tbody></table></div>\n");
        }
        sb.Append("</section>\n");
    }

    public static void Tables(StringBuilder sb, ReportInput input)
    {
        var results = input.Results.Where(r => r.Tables.Count > 0).ToList();
        if (results.Count == 0) return;
        sb.Append("<section id=\"detail\"><h2>Model detail</h2>\n");
        foreach (var r in results)
            foreach (var t in r.Tables)
            {
                var shown = Math.Min(t.Rows.Count, MaxTableRows);
                sb.Append("<details><summary><code>").Append(Html.Text(r.Model)).Append("</code> ").Append(Html.Text(t.Name))
                  .Append(" (").Append(t.Rows.Count).Append(" rows").Append(shown < t.Rows.Count ? $", first {shown} shown" : "").Append(")</summary>");
                sb.Append("<div class=\"table-wrap\"><table>");
                Html.Head(sb, [.. t.Columns]);
                sb.Append("<tbody>\n");
                foreach (var row in t.Rows.Take(shown)) Html.Row(sb, row.Select(Cell));
                sb.Append("</tbody></table></div></details>\n");
            }
        sb.Append("</section>\n");
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => Html.Text(d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)),
        IFormattable f => Html.Text(f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
        _ => Html.Text(value.ToString()),
    };

    /// <summary>Issues in scenario order, then any that only results name.</summary>
    public static IReadOnlyList<string> IssueIds(ReportInput input)
    {
        var inResults = input.Results.SelectMany(r => r.Issues.Select(i => i.Id)).Distinct(StringComparer.Ordinal).ToList();
        var ordered = input.Scenario.Issues.Select(i => i.Id).Where(inResults.Contains).ToList();
        ordered.AddRange(inResults.Except(ordered, StringComparer.Ordinal));
        return ordered;
    }

    private static string Sentence(IReadOnlyList<(ForecastResult Result, IssueForecast Forecast)> rows)
    {
        if (rows.Count == 0) return "No model forecast this issue.";
        var parts = rows.Select(x =>
        {
            var s = $"<code>{Html.Text(x.Result.Model)}</code> forecasts <span class=\"val\">{Html.Position(x.Forecast.Forecast)}</span>";
            if (x.Forecast.Distribution is { } d)
                s += $" (90% of {d.Runs:N0} runs between {Html.Position(d.P05)} and {Html.Position(d.P95)})";
            return s;
        });
        return string.Join("; ", parts) + ".";
    }

    private static string RunDescription(IssueForecast f)
    {
        if (f.Distribution is { } d) return $"Monte Carlo, {d.Runs:N0} runs";
        return f.Convergence switch
        {
            null => f.Rounds.Count <= 1 ? "one shot" : $"{f.Rounds.Count - 1} rounds",
            { Status: "cycle", CycleStart: { } start, CycleLength: { } length } => $"cycle from round {start}, period {length}",
            { Status: "round-limit" } c => $"stopped at the round limit ({c.Rounds})",
            var c => $"{c.Status} after {c.Rounds} rounds",
        };
    }

    private static string MotionNote(Scenario scenario, string motionId) =>
        scenario.Motions.FirstOrDefault(m => m.Id == motionId)?.Notes is { } n ? $"<div class=\"note\">{Html.Text(n)}</div>" : "";
}
