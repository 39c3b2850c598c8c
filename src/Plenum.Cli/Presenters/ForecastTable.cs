using System.Globalization;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using Spectre.Console;

namespace Plenum.Cli.Presenters;

/// <summary>The human-readable forecast: a summary per issue across models, then motions, actors and notes. Fits 80 columns.</summary>
public static class ForecastTable
{
    public static void Render(IAnsiConsole console, Scenario scenario, IReadOnlyList<ForecastResult> results)
    {
        console.MarkupLine($"[bold]{Markup.Escape(Short(scenario.Title, 78))}[/]");
        console.MarkupLine($"[grey]{Markup.Escape(scenario.Id)}{(scenario.AsOf is null ? "" : ", as of " + scenario.AsOf)}[/]");
        // Models of bodies and votes (the arena) forecast no issue; show only issues some model forecast.
        foreach (var issue in scenario.Issues.Where(i => results.Any(r => r.Issues.Any(f => f.Id == i.Id))))
        {
            console.WriteLine();
            console.MarkupLine($"[bold]Issue {Markup.Escape(issue.Id)}[/]: {Markup.Escape(Short(issue.Name, 70 - issue.Id.Length))}");
            console.MarkupLine($"  [grey]scale {F(issue.Low)}–{F(issue.High)}{(issue.StatusQuo is { } sq ? ", status quo " + F(sq) : "")}[/]");
            if (issue.LowLabel is not null) console.MarkupLine($"  [grey]{F(issue.Low)} = {Markup.Escape(Short(issue.LowLabel, 70))}[/]");
            if (issue.HighLabel is not null) console.MarkupLine($"  [grey]{F(issue.High)} = {Markup.Escape(Short(issue.HighLabel, 70))}[/]");
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("model").AddColumn(new TableColumn("forecast").RightAligned()).AddColumn(new TableColumn("mean").RightAligned())
                .AddColumn(new TableColumn("median").RightAligned()).AddColumn(new TableColumn("rounds").RightAligned()).AddColumn("stopped / 5–95 %");
            foreach (var r in results)
            {
                var f = r.Issues.FirstOrDefault(i => i.Id == issue.Id);
                if (f is null) continue;
                table.AddRow(Markup.Escape(r.Model), F(f.Forecast), F(f.Mean), F(f.Median), (f.Rounds.Count - 1).ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(f.Distribution is { } d ? $"{F(d.P05)}–{F(d.P95)} ({d.Runs} runs)" : f.Convergence is null ? "one-shot" : Stop(f.Convergence)));
            }
            console.Write(table);
        }
        var motions = results.SelectMany(r => r.Motions.Select(m => (r.Model, m))).ToList();
        if (motions.Count > 0)
        {
            console.MarkupLine("[bold]Motions[/]");
            var t = new Table().Border(TableBorder.Simple).AddColumn("model").AddColumn("motion").AddColumn(new TableColumn("P(pass)").RightAligned()).AddColumn("decided by").AddColumn("expected vote per body");
            foreach (var (model, m) in motions)
                t.AddRow(Markup.Escape(model), Markup.Escape(m.Id), P(m.PPass), Markup.Escape(m.DecidedBy),
                    Markup.Escape(string.Join("; ", m.Bodies.Select(b => $"{b.Key} {F(b.Value.VotesFor)}–{F(b.Value.VotesAgainst)}"))));
            console.Write(t);
        }
        var actors = results.SelectMany(r => r.Actors.Select(a => (r.Model, a))).Where(x => x.a.PRemoved > 0 || x.a.PPrevails > 0).ToList();
        if (actors.Count > 0)
        {
            console.MarkupLine("[bold]Actors[/]");
            var t = new Table().Border(TableBorder.Simple).AddColumn("model").AddColumn("actor").AddColumn(new TableColumn("P(removed)").RightAligned()).AddColumn(new TableColumn("P(prevails)").RightAligned());
            foreach (var (model, a) in actors) t.AddRow(Markup.Escape(model), Markup.Escape(a.Id), P(a.PRemoved), P(a.PPrevails));
            console.Write(t);
        }
        foreach (var r in results)
            foreach (var note in r.Notes)
                console.MarkupLine($"[yellow]note[/] ({Markup.Escape(r.Model)}): {Markup.Escape(note)}");
    }

    private static string Stop(Convergence c) => c.Status switch
    {
        "cycle" => $"cycle of {c.CycleLength} from round {c.CycleStart}",
        _ => c.Status,
    };

    private static string F(double v) => double.IsFinite(v) ? v.ToString("0.0#", CultureInfo.InvariantCulture) : "–";

    private static string P(double p) => double.IsFinite(p) ? p.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Short(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
