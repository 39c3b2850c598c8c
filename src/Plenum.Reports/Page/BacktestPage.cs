using System.Globalization;
using System.Text;
using Plenum.Core.Backtesting;

namespace Plenum.Reports.Page;

/// <summary>
/// Builds <c>backtest.html</c>: one self-contained page (inline CSS, charts as embedded SVG images, no scripts)
/// with the models' record against what really happened, the naive baselines beside them.
/// </summary>
internal static class BacktestPage
{
    private static readonly HashSet<string> BaselineIds = Backtester.Baselines.Select(m => m.Descriptor.Id).ToHashSet(StringComparer.Ordinal);

    public static string Build(BacktestReport r, IReadOnlyList<Figure> figures)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"Plenum\">\n<title>Backtest — Plenum</title>\n")
          .Append("<style>\n").Append(ReportCss.Text).Append("\n</style>\n</head>\n<body>\n<main>\n");
        sb.Append("<header>\n<p class=\"kicker\">Plenum backtest</p>\n<h1>How the models did against what really happened</h1>\n<p class=\"meta\">")
          .Append(r.Scenarios.Count).Append(r.Scenarios.Count == 1 ? " scenario: " : " scenarios: ")
          .Append(string.Join(", ", r.Scenarios.Select(s => $"<code>{Html.Text(s)}</code>"))).Append("</p>\n</header>\n");
        Contents(sb, r, figures);
        Summary(sb, r);
        Hindsight(sb, r);
        Charts(sb, figures);
        Issues(sb, r);
        Events(sb, r);
        Votes(sb, r);
        Calibration(sb, r);
        sb.Append("<footer>\n<p>Made with Plenum. Every model ran on each scenario without its <code>outcome</code> section; ")
          .Append("the naive baselines (status quo, weighted mean, weighted median) are always included. Errors are on each issue's scale; ")
          .Append("MAE % divides each error by the width of its issue's scale.</p>\n</footer>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Contents(StringBuilder sb, BacktestReport r, IReadOnlyList<Figure> figures)
    {
        var items = new List<(string, string)> { ("summary", "Summary by model") };
        if (Hindsights(r).Count > 0) items.Add(("hindsight", "Hindsight warnings"));
        if (figures.Count > 0) items.Add(("charts", "Charts"));
        if (r.Issues.Count > 0) items.Add(("issues", "Issue forecasts"));
        if (r.Events.Count > 0) items.Add(("events", "Motions and removals"));
        if (r.Votes.Count > 0) items.Add(("votes", "Votes"));
        if (r.Calibration.Count > 0) items.Add(("calibration", "Calibration"));
        sb.Append("<nav aria-label=\"Contents\"><ol>\n");
        foreach (var (id, title) in items) sb.Append("<li><a href=\"#").Append(id).Append("\">").Append(Html.Text(title)).Append("</a></li>\n");
        sb.Append("</ol></nav>\n");
    }

    private static void Summary(StringBuilder sb, BacktestReport r)
    {
        sb.Append("<section id=\"summary\"><h2>Summary by model</h2>\n<p>Lower is better for errors, Brier score and log loss; ")
          .Append("higher for the shares called. <em>Baseline</em> marks the naive forecasts every model should beat.</p>\n<table>\n");
        Html.Head(sb, "model", "issues", "MAE", "MAE %", "side called", "events", "Brier", "log loss", "events called", "votes", "vote MAE");
        sb.Append("<tbody>\n");
        foreach (var m in r.Summary)
            Html.Row(sb, [ModelCell(m.Model), m.Issues.ToString(CultureInfo.InvariantCulture), N(m.Mae), N(m.NormalisedMae), P(m.SideCalledShare),
                m.Events.ToString(CultureInfo.InvariantCulture), N3(m.Brier), N3(m.LogLoss), P(m.EventsCalledShare), m.Votes.ToString(CultureInfo.InvariantCulture), N(m.VoteMae)]);
        sb.Append("</tbody></table>\n</section>\n");
    }

    private static List<string> Hindsights(BacktestReport r) => r.Notes.Where(n => n.StartsWith("hindsight:", StringComparison.Ordinal)).ToList();

    private static void Hindsight(StringBuilder sb, BacktestReport r)
    {
        var flags = Hindsights(r);
        var other = r.Notes.Except(flags).ToList();
        if (flags.Count > 0)
        {
            sb.Append("<section id=\"hindsight\"><h2>Hindsight warnings</h2>\n<p>These inputs cite evidence dated after the scenario's <code>as_of</code>: ")
              .Append("a forecaster at the time could not have known it, so the score flatters the model.</p>\n<ul>\n");
            foreach (var f in flags) sb.Append("<li>").Append(Html.Text(f["hindsight:".Length..].Trim())).Append("</li>\n");
            sb.Append("</ul>\n</section>\n");
        }
        if (other.Count == 0) return;
        sb.Append("<section id=\"notes\"><h2>Notes</h2>\n<ul>\n");
        foreach (var n in other) sb.Append("<li>").Append(Html.Text(n)).Append("</li>\n");
        sb.Append("</ul>\n</section>\n");
    }

    private static void Charts(StringBuilder sb, IReadOnlyList<Figure> figures)
    {
        if (figures.Count == 0) return;
        sb.Append("<section id=\"charts\"><h2>Charts</h2>\n<p>One chart per metric, a bar per model; the calibration chart puts each model's ")
          .Append("forecast probabilities against how often the events happened.</p>\n");
        foreach (var f in figures) ReportPage.WriteFigure(sb, f);
        sb.Append("</section>\n");
    }

    private static void Issues(StringBuilder sb, BacktestReport r)
    {
        if (r.Issues.Count == 0) return;
        sb.Append("<section id=\"issues\"><h2>Issue forecasts</h2>\n<table>\n");
        Html.Head(sb, "scenario", "issue", "model", "forecast", "outcome", "absolute error", "side called");
        sb.Append("<tbody>\n");
        foreach (var i in r.Issues)
            Html.Row(sb, [Html.Text(i.Scenario), Html.Text(i.Issue), ModelCell(i.Model), N(i.Forecast), N(i.Outcome), N(i.AbsoluteError),
                i.SideCalled switch { true => "yes", false => "no", null => "–" }]);
        sb.Append("</tbody></table>\n</section>\n");
    }

    private static void Events(StringBuilder sb, BacktestReport r)
    {
        if (r.Events.Count == 0) return;
        sb.Append("<section id=\"events\"><h2>Motions and removals</h2>\n<table>\n");
        Html.Head(sb, "scenario", "model", "kind", "id", "probability", "happened", "Brier", "log loss");
        sb.Append("<tbody>\n");
        foreach (var e in r.Events)
            Html.Row(sb, [Html.Text(e.Scenario), ModelCell(e.Model), Html.Text(e.Kind), Html.Text(e.Id), Html.Percent(e.Probability),
                e.Happened ? "yes" : "no", N3(e.Brier), N3(e.LogLoss)]);
        sb.Append("</tbody></table>\n</section>\n");
    }

    private static void Votes(StringBuilder sb, BacktestReport r)
    {
        if (r.Votes.Count == 0) return;
        sb.Append("<section id=\"votes\"><h2>Votes</h2>\n<p>Predicted votes in favour against the recorded count.</p>\n<table>\n");
        Html.Head(sb, "scenario", "model", "motion", "body", "predicted for", "recorded for", "absolute error");
        sb.Append("<tbody>\n");
        foreach (var v in r.Votes)
            Html.Row(sb, [Html.Text(v.Scenario), ModelCell(v.Model), Html.Text(v.Motion), Html.Text(v.Body), N(v.PredictedFor), N(v.ActualFor), N(v.AbsoluteError)]);
        sb.Append("</tbody></table>\n</section>\n");
    }

    private static void Calibration(StringBuilder sb, BacktestReport r)
    {
        if (r.Calibration.Count == 0) return;
        sb.Append("<section id=\"calibration\"><h2>Calibration</h2>\n<table>\n");
        Html.Head(sb, "model", "probability bin", "events", "mean forecast", "observed rate");
        sb.Append("<tbody>\n");
        foreach (var c in r.Calibration)
            Html.Row(sb, [ModelCell(c.Model), $"{Html.Percent(c.Low)}–{Html.Percent(c.High)}", c.Count.ToString(CultureInfo.InvariantCulture),
                Html.Percent(c.MeanPredicted), Html.Percent(c.ObservedRate)]);
        sb.Append("</tbody></table>\n</section>\n");
    }

    private static string ModelCell(string model) =>
        $"<code>{Html.Text(model)}</code>" + (BaselineIds.Contains(model) ? " <small>baseline</small>" : "");

    private static string N(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("0.0#", CultureInfo.InvariantCulture) : "–";

    private static string N3(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    private static string P(double? v) => v is { } x && double.IsFinite(x) ? Html.Percent(x) : "–";
}
