using System.Text;
using Plenum.Core.Scenarios;

namespace Plenum.Reports.Page;

/// <summary>
/// The inputs the forecast rests on: every actor's capability, and position and salience on each issue, with
/// the uncertainty, the analyst's notes and links to the quoted passages; then the passages and the sources.
/// A reader can check any number against its evidence without opening the scenario file.
/// </summary>
internal static class InputsSection
{
    public static void Write(StringBuilder sb, Scenario scenario, EvidenceIndex evidence)
    {
        sb.Append("<section id=\"inputs\"><h2>Inputs</h2>\n");
        sb.Append("<p>Every number the models were given. Grey text is the uncertainty Monte Carlo runs draw from; ")
          .Append("italic notes are the analyst's reading; bracketed numbers link to the quoted passages below.</p>\n");
        WriteActors(sb, scenario, evidence);
        foreach (var issue in scenario.Issues) WriteIssue(sb, scenario, issue, evidence);
        if (scenario.Bodies.Count > 0) WriteBodies(sb, scenario, evidence);
        sb.Append("</section>\n");
        WriteEvidence(sb, scenario, evidence);
        WriteSources(sb, scenario);
    }

    private static void WriteActors(StringBuilder sb, Scenario scenario, EvidenceIndex evidence)
    {
        sb.Append("<h3>Actors and capability</h3>\n<div class=\"table-wrap\"><table>");
        Html.Head(sb, "Actor", "Capability", "Other evidence", "Notes");
        sb.Append("<tbody>\n");
        foreach (var a in scenario.Actors)
        {
            var shown = new HashSet<string>(StringComparer.Ordinal) { "capability" };
            foreach (var issueId in a.Position.Keys) { shown.Add($"position.{issueId}"); shown.Add($"salience.{issueId}"); }
            Html.Row(sb,
            [
                ActorCell(a),
                Value(a.Capability, evidence.For(a.Id, "capability")),
                EvidenceIndex.Links(evidence.Others(a.Id, shown)),
                a.Notes is null ? "" : $"<div class=\"note\">{Html.Text(a.Notes)}</div>",
            ]);
        }
        sb.Append("</tbody></table></div>\n");
    }

    private static void WriteIssue(StringBuilder sb, Scenario scenario, Issue issue, EvidenceIndex evidence)
    {
        sb.Append("<h3 id=\"").Append(Html.Anchor("inputs-", issue.Id)).Append("\">").Append(Html.Text(issue.Name)).Append("</h3>\n");
        sb.Append("<p class=\"scale\">").Append(IssueScale(issue)).Append("</p>\n");
        sb.Append("<div class=\"table-wrap\"><table>");
        Html.Head(sb, "Actor", "Position", "Salience (0–100)");
        sb.Append("<tbody>\n");
        foreach (var a in scenario.ActorsOn(issue.Id))
        {
            var salience = a.Salience.TryGetValue(issue.Id, out var s) ? s : null;
            Html.Row(sb,
            [
                ActorCell(a),
                Value(a.Position[issue.Id], evidence.For(a.Id, $"position.{issue.Id}")),
                salience is null
                    ? "<span class=\"val\">100</span> <span class=\"unc\">(not stated)</span>"
                    : Value(salience, evidence.For(a.Id, $"salience.{issue.Id}")),
            ]);
        }
        sb.Append("</tbody></table></div>\n");
    }

    private static void WriteBodies(StringBuilder sb, Scenario scenario, EvidenceIndex evidence)
    {
        sb.Append("<h3>Bodies</h3>\n<div class=\"table-wrap\"><table>");
        Html.Head(sb, "Body", "Members", "Rule", "Convener", "Evidence");
        sb.Append("<tbody>\n");
        foreach (var b in scenario.Bodies)
        {
            var rule = b.Rule.Kind switch
            {
                DecisionRuleKind.Majority => "majority",
                DecisionRuleKind.TwoThirds => "two thirds",
                DecisionRuleKind.Unanimity => "unanimity",
                _ => $"weighted, quota {Html.Input(b.Rule.Quota ?? 0)}",
            };
            Html.Row(sb,
            [
                $"<span class=\"val\">{Html.Text(b.Name)}</span><br><code>{Html.Text(b.Id)}</code>"
                    + (b.Notes is null ? "" : $"<div class=\"note\">{Html.Text(b.Notes)}</div>"),
                Html.Text(string.Join(", ", b.Members)),
                Html.Text(rule),
                Html.Text(b.Convener ?? "—"),
                EvidenceIndex.Links(evidence.Entries.Where(e => e.Owner == b.Id)),
            ]);
        }
        sb.Append("</tbody></table></div>\n");
    }

    private static void WriteEvidence(StringBuilder sb, Scenario scenario, EvidenceIndex evidence)
    {
        if (evidence.Entries.Count == 0) return;
        sb.Append("<section id=\"evidence\"><h2>Quoted passages</h2>\n<ol class=\"evidence\">\n");
        foreach (var e in evidence.Entries)
        {
            var source = scenario.Sources.FirstOrDefault(s => s.Id == e.Link.SourceId);
            sb.Append("<li id=\"ev-").Append(e.Number).Append("\">");
            if (e.Link.Quote is { } q) sb.Append("<blockquote>“").Append(Html.Text(q)).Append("”</blockquote>");
            sb.Append("<div class=\"src\">supports <code>").Append(Html.Text($"{e.Owner}.{e.Link.Supports}")).Append("</code> · ")
              .Append(Html.Text(source?.Title ?? e.Link.SourceId));
            if (source?.Reliability is { } r) sb.Append(" (reliability ").Append(Html.Text(r)).Append(')');
            sb.Append("</div>");
            if (e.Link.Note is { } n) sb.Append("<div class=\"note\">").Append(Html.Text(n)).Append("</div>");
            sb.Append("</li>\n");
        }
        sb.Append("</ol></section>\n");
    }

    private static void WriteSources(StringBuilder sb, Scenario scenario)
    {
        if (scenario.Sources.Count == 0) return;
        sb.Append("<section id=\"sources\"><h2>Sources</h2>\n<ul>\n");
        foreach (var s in scenario.Sources)
        {
            sb.Append("<li><span class=\"val\">").Append(Html.Text(s.Title)).Append("</span>");
            var details = new[] { s.Author, s.Date, s.Reliability is null ? null : $"reliability {s.Reliability}", s.File }
                .Where(x => !string.IsNullOrEmpty(x)).ToList();
            if (details.Count > 0) sb.Append(" — ").Append(Html.Text(string.Join(" · ", details)));
            sb.Append(" <code>").Append(Html.Text(s.Id)).Append("</code></li>\n");
        }
        sb.Append("</ul></section>\n");
    }

    /// <summary>"0 = low label … 100 = high label; status quo 60".</summary>
    public static string IssueScale(Issue issue)
    {
        var low = Html.Input(issue.Low) + (issue.LowLabel is null ? "" : " = " + Html.Text(issue.LowLabel));
        var high = Html.Input(issue.High) + (issue.HighLabel is null ? "" : " = " + Html.Text(issue.HighLabel));
        var sq = issue.StatusQuo is { } q ? $"; status quo {Html.Input(q)}" : "";
        return $"Scale {low} … {high}{sq}.";
    }

    private static string ActorCell(Actor a) =>
        $"<span class=\"val\">{Html.Text(a.Name)}</span>" + (a.Name == a.Id ? "" : $"<br><code>{Html.Text(a.Id)}</code>");

    /// <summary>The value, its uncertainty, its note and its evidence links, all encoded.</summary>
    private static string Value(UncertainValue v, IEnumerable<EvidenceIndex.Entry> links)
    {
        var sb = new StringBuilder();
        sb.Append("<span class=\"val\">").Append(Html.Input(v.Value)).Append("</span>");
        if (v.Uncertainty is { } d) sb.Append(" <span class=\"unc\">").Append(Html.Text(Describe(d))).Append("</span>");
        sb.Append(EvidenceIndex.Links(links));
        if (v.Note is { } n) sb.Append("<div class=\"note\">").Append(Html.Text(n)).Append("</div>");
        return sb.ToString();
    }

    /// <summary>A distribution as a reader says it: "triangular 30 / 40 / 50", "normal 40 ± 5".</summary>
    internal static string Describe(Distribution d) => d switch
    {
        UniformDistribution u => $"uniform {Html.Input(u.Low)}–{Html.Input(u.High)}",
        TriangularDistribution t => $"triangular {Html.Input(t.Low)} / {Html.Input(t.Mode)} / {Html.Input(t.High)}",
        NormalDistribution n => $"normal {Html.Input(n.Mean)} ± {Html.Input(n.StandardDeviation)}",
        BetaDistribution b => $"beta({Html.Input(b.Alpha)}, {Html.Input(b.Beta)}) on {Html.Input(b.Low)}–{Html.Input(b.High)}",
        _ => "uncertain",
    };
}
