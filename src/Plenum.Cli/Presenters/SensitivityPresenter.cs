using System.Globalization;
using System.Text;
using System.Text.Json;
using Plenum.Core.Uncertainty;
using Spectre.Console;

namespace Plenum.Cli.Presenters;

/// <summary>Sensitivity results as a table with a text tornado, as JSON, or as CSV.</summary>
public static class SensitivityPresenter
{
    public static void Render(IAnsiConsole console, IReadOnlyList<SensitivityResult> results, int top)
    {
        foreach (var r in results)
        {
            console.MarkupLine($"[bold]{Markup.Escape(r.Model)} forecast of '{Markup.Escape(r.Issue)}'[/]: {F(r.BaseForecast)} [grey](η² from {r.Runs} draws)[/]");
            var shown = r.Inputs.Take(top).ToList();
            var maxSwing = Math.Max(1e-12, shown.Count == 0 ? 1 : shown.Max(i => i.Swing));
            var table = new Table().Border(TableBorder.Simple).AddColumn("input").AddColumn(new TableColumn("range").RightAligned())
                .AddColumn(new TableColumn("forecast").RightAligned()).AddColumn(new TableColumn("swing").RightAligned())
                .AddColumn(new TableColumn("η²").RightAligned()).AddColumn("");
            foreach (var i in shown)
                table.AddRow(Markup.Escape(i.Path), $"{F(i.Low)}–{F(i.High)}", $"{F(i.AtLow)}→{F(i.AtHigh)}", F(i.Swing),
                    i.FirstOrderIndex is { } eta ? eta.ToString("0.00", CultureInfo.InvariantCulture) : "–",
                    new string('█', (int)Math.Round(10 * i.Swing / maxSwing)));
            console.Write(table);
        }
    }

    public static string Json(IReadOnlyList<SensitivityResult> results) =>
        JsonSerializer.Serialize(results.Select(r => new
        {
            model = r.Model, issue = r.Issue, base_forecast = r.BaseForecast, runs = r.Runs,
            inputs = r.Inputs.Select(i => new { path = i.Path, low = i.Low, high = i.High, at_low = i.AtLow, at_high = i.AtHigh, swing = i.Swing, first_order_index = i.FirstOrderIndex }),
        }), new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static string Csv(IReadOnlyList<SensitivityResult> results)
    {
        var sb = new StringBuilder("model,issue,input,low,high,at_low,at_high,swing,first_order_index\n");
        foreach (var r in results)
            foreach (var i in r.Inputs)
                sb.Append(r.Model).Append(',').Append(r.Issue).Append(',').Append(i.Path).Append(',').Append(ForecastCsv.Num(i.Low)).Append(',')
                  .Append(ForecastCsv.Num(i.High)).Append(',').Append(ForecastCsv.Num(i.AtLow)).Append(',').Append(ForecastCsv.Num(i.AtHigh)).Append(',')
                  .Append(ForecastCsv.Num(i.Swing)).Append(',').Append(i.FirstOrderIndex is { } e ? ForecastCsv.Num(e) : "").Append('\n');
        return sb.ToString();
    }

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
