using System.Globalization;
using System.Text;
using System.Text.Json;
using Plenum.Core.Backtesting;
using Spectre.Console;

namespace Plenum.Cli.Presenters;

/// <summary>Backtest results: a summary table per model, the per-scenario errors, and calibration; JSON and CSV.</summary>
public static class BacktestPresenter
{
    public static void Render(IAnsiConsole console, BacktestReport r)
    {
        console.MarkupLine($"[bold]Backtest[/] over {r.Scenarios.Count} scenarios: {Markup.Escape(string.Join(", ", r.Scenarios))}");
        var t = new Table().Border(TableBorder.Simple).AddColumn("model")
            .AddColumn(new TableColumn("MAE").RightAligned()).AddColumn(new TableColumn("MAE %").RightAligned()).AddColumn(new TableColumn("side").RightAligned())
            .AddColumn(new TableColumn("Brier").RightAligned()).AddColumn(new TableColumn("log loss").RightAligned()).AddColumn(new TableColumn("called").RightAligned())
            .AddColumn(new TableColumn("vote MAE").RightAligned());
        foreach (var m in r.Summary)
            t.AddRow(Markup.Escape(m.Model), F(m.Mae), F(m.NormalisedMae), P(m.SideCalledShare), F3(m.Brier), F3(m.LogLoss), P(m.EventsCalledShare), F(m.VoteMae));
        console.Write(t);
        console.MarkupLine("[grey]MAE: mean absolute error of issue forecasts (MAE %: in percent of each scale); side: share on the outcome's side of the status quo; Brier, log loss, called: motions and removals; vote MAE: votes in favour.[/]");
        var issues = new Table().Border(TableBorder.Simple).AddColumn("scenario").AddColumn("issue").AddColumn("model")
            .AddColumn(new TableColumn("forecast").RightAligned()).AddColumn(new TableColumn("outcome").RightAligned()).AddColumn(new TableColumn("error").RightAligned());
        foreach (var i in r.Issues) issues.AddRow(Markup.Escape(i.Scenario), Markup.Escape(i.Issue), Markup.Escape(i.Model), F(i.Forecast), F(i.Outcome), F(i.AbsoluteError));
        console.Write(issues);
    }

    public static string Json(BacktestReport r) => JsonSerializer.Serialize(new
    {
        scenarios = r.Scenarios,
        summary = r.Summary.Select(m => new { model = m.Model, issues = m.Issues, mae = m.Mae, mae_percent = m.NormalisedMae, side_called = m.SideCalledShare, events = m.Events, brier = m.Brier, log_loss = m.LogLoss, events_called = m.EventsCalledShare, votes = m.Votes, vote_mae = m.VoteMae }),
        issues = r.Issues.Select(i => new { scenario = i.Scenario, model = i.Model, issue = i.Issue, forecast = i.Forecast, outcome = i.Outcome, absolute_error = i.AbsoluteError, side_called = i.SideCalled }),
        events = r.Events.Select(e => new { scenario = e.Scenario, model = e.Model, kind = e.Kind, id = e.Id, probability = e.Probability, happened = e.Happened, brier = e.Brier, log_loss = e.LogLoss }),
        votes = r.Votes.Select(v => new { scenario = v.Scenario, model = v.Model, motion = v.Motion, body = v.Body, predicted_for = v.PredictedFor, actual_for = v.ActualFor, predicted_against = v.PredictedAgainst, actual_against = v.ActualAgainst, absolute_error = v.AbsoluteError }),
        calibration = r.Calibration.Select(c => new { model = c.Model, low = c.Low, high = c.High, count = c.Count, mean_predicted = c.MeanPredicted, observed_rate = c.ObservedRate }),
        notes = r.Notes,
    }, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static string SummaryCsv(BacktestReport r)
    {
        var sb = new StringBuilder("model,issues,mae,mae_percent,side_called,events,brier,log_loss,events_called,votes,vote_mae\n");
        foreach (var m in r.Summary)
            sb.AppendJoin(',', m.Model, m.Issues, N(m.Mae), N(m.NormalisedMae), N(m.SideCalledShare), m.Events, N(m.Brier), N(m.LogLoss), N(m.EventsCalledShare), m.Votes, N(m.VoteMae)).Append('\n');
        return sb.ToString();
    }

    public static int WriteFolder(string dir, BacktestReport r)
    {
        Directory.CreateDirectory(dir);
        var files = new Dictionary<string, string>
        {
            ["backtest.json"] = Json(r),
            ["summary.csv"] = SummaryCsv(r),
            ["issues.csv"] = "scenario,model,issue,forecast,outcome,absolute_error\n" + string.Concat(r.Issues.Select(i => $"{i.Scenario},{i.Model},{i.Issue},{N(i.Forecast)},{N(i.Outcome)},{N(i.AbsoluteError)}\n")),
            ["events.csv"] = "scenario,model,kind,id,probability,happened,brier,log_loss\n" + string.Concat(r.Events.Select(e => $"{e.Scenario},{e.Model},{e.Kind},{e.Id},{N(e.Probability)},{(e.Happened ? 1 : 0)},{N(e.Brier)},{N(e.LogLoss)}\n")),
            ["votes.csv"] = "scenario,model,motion,body,predicted_for,actual_for,absolute_error\n" + string.Concat(r.Votes.Select(v => $"{v.Scenario},{v.Model},{v.Motion},{v.Body},{N(v.PredictedFor)},{N(v.ActualFor)},{N(v.AbsoluteError)}\n")),
            ["calibration.csv"] = "model,low,high,count,mean_predicted,observed_rate\n" + string.Concat(r.Calibration.Select(c => $"{c.Model},{N(c.Low)},{N(c.High)},{c.Count},{N(c.MeanPredicted)},{N(c.ObservedRate)}\n")),
        };
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllText(path + ".tmp", content);
            File.Move(path + ".tmp", path, overwrite: true);
        }
        return files.Count + Reports.BacktestCharts.Write(dir, r).Count;
    }

    private static string N(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : "";
    private static string F(double? v) => v is { } x ? x.ToString("0.0#", CultureInfo.InvariantCulture) : "–";
    private static string F3(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "–";
    private static string P(double? v) => v is { } x ? x.ToString("0%", CultureInfo.InvariantCulture) : "–";
}
