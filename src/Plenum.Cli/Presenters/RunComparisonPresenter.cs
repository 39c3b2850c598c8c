using System.Globalization;
using System.Text.Json;
using Plenum.Storage;
using Spectre.Console;

namespace Plenum.Cli.Presenters;

/// <summary>Two saved runs side by side: inputs (hash, seed, options) and each model's forecast per issue.</summary>
public static class RunComparisonPresenter
{
    public static void Render(IAnsiConsole console, RunComparison c)
    {
        var (a, b) = (c.Left, c.Right);
        console.MarkupLine($"[bold]run {a.Id}[/] vs [bold]run {b.Id}[/]: {(c.SameScenarioText ? "same scenario text" : "[yellow]different scenario text[/]")}");
        var t = new Table().Border(TableBorder.Simple).AddColumn("").AddColumn($"run {a.Id}").AddColumn($"run {b.Id}");
        t.AddRow("scenario", Markup.Escape(a.ScenarioId), Markup.Escape(b.ScenarioId));
        t.AddRow("models", Markup.Escape(string.Join(",", a.Models)), Markup.Escape(string.Join(",", b.Models)));
        t.AddRow("seed / runs", $"{a.Seed} / {a.MonteCarloRuns}", $"{b.Seed} / {b.MonteCarloRuns}");
        t.AddRow("options", Markup.Escape(Options(a)), Markup.Escape(Options(b)));
        console.Write(t);
        var left = Forecasts(a.ResultJson);
        var right = Forecasts(b.ResultJson);
        var f = new Table().Border(TableBorder.Simple).AddColumn("model").AddColumn("issue").AddColumn(new TableColumn($"run {a.Id}").RightAligned())
            .AddColumn(new TableColumn($"run {b.Id}").RightAligned()).AddColumn(new TableColumn("change").RightAligned());
        foreach (var key in left.Keys.Union(right.Keys).Order())
        {
            var l = left.TryGetValue(key, out var lv) ? lv : (double?)null;
            var r = right.TryGetValue(key, out var rv) ? rv : (double?)null;
            f.AddRow(Markup.Escape(key.Split('/')[0]), Markup.Escape(key.Split('/')[1]), F(l), F(r), l is { } x && r is { } y ? F(y - x) : "–");
        }
        console.Write(f);
    }

    private static string Options(RunRecord r) => string.Join(" ", r.Options.Select(kv => $"{kv.Key}={kv.Value}"));

    /// <summary>"model/issue" → forecast, read from the stored JSON (one result object or an array of them).</summary>
    private static Dictionary<string, double> Forecasts(string json)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var results = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToList() : [doc.RootElement];
        foreach (var r in results)
        {
            var model = r.GetProperty("model").GetString();
            foreach (var issue in r.GetProperty("issues").EnumerateArray())
                if (issue.GetProperty("forecast").ValueKind == JsonValueKind.Number)
                    map[$"{model}/{issue.GetProperty("id").GetString()}"] = issue.GetProperty("forecast").GetDouble();
        }
        return map;
    }

    private static string F(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
