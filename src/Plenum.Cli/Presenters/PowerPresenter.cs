using System.Globalization;
using System.Text;
using System.Text.Json;
using Plenum.Core.Power;
using Spectre.Console;

namespace Plenum.Cli.Presenters;

/// <summary>Voting power as a table per body, as JSON (exact fractions as strings next to the numbers), or as CSV.</summary>
public static class PowerPresenter
{
    private static string Name(PowerIndex i) => i switch
    {
        PowerIndex.ShapleyShubik => "shapley",
        PowerIndex.Banzhaf => "banzhaf",
        PowerIndex.Penrose => "penrose",
        PowerIndex.DeeganPackel => "deegan-packel",
        PowerIndex.Johnston => "johnston",
        _ => "holler",
    };

    private static string Method(PowerMethod m) => m switch
    {
        PowerMethod.DynamicProgramming => "exact (dynamic programming)",
        PowerMethod.DecisionDiagram => "exact (decision diagram)",
        PowerMethod.Enumeration => "exact (enumeration)",
        _ => "Monte Carlo",
    };

    public static void Render(IAnsiConsole console, IReadOnlyList<(string Game, PowerResult Result)> results)
    {
        foreach (var (game, r) in results)
        {
            console.MarkupLine($"[bold]Voting power in {Markup.Escape(game)}[/]");
            var t = new Table().Border(TableBorder.Simple).AddColumn("member");
            foreach (var i in r.Indices) t.AddColumn(new TableColumn(Name(i.Index)).RightAligned());
            foreach (var player in r.Players)
                t.AddRow([Markup.Escape(player), .. r.Indices.Select(i => i[player].Value.ToString("0.0000", CultureInfo.InvariantCulture))]);
            console.Write(t);
            foreach (var i in r.Indices)
                console.MarkupLine($"  [grey]{Name(i.Index)}: {Markup.Escape(Method(i.Method))}{(i.Method == PowerMethod.MonteCarlo ? $", ±{i.ErrorBound:0.0000} ({i.Samples:N0} samples)" : "")}[/]");
            console.MarkupLine($"  veto players: {Markup.Escape(r.VetoPlayers.Count == 0 ? "none" : string.Join(", ", r.VetoPlayers))}");
            var mwc = r.MinimalWinning;
            console.MarkupLine($"  minimal winning coalitions: {Markup.Escape(mwc.Count ?? "not counted")}{(mwc.Complete ? "" : $" (first {mwc.Listed.Count} listed)")}");
            foreach (var c in mwc.Listed.Take(10)) console.MarkupLine($"    {{{Markup.Escape(string.Join(", ", c))}}}");
            if (mwc.Listed.Count > 10) console.MarkupLine($"    … ({mwc.Listed.Count - 10} more in --format json)");
        }
    }

    public static string Json(string scenario, IReadOnlyList<(string Game, PowerResult Result)> results) => JsonSerializer.Serialize(new
    {
        scenario,
        bodies = results.Select(x => new
        {
            body = x.Game,
            players = x.Result.Players,
            indices = x.Result.Indices.ToDictionary(i => Name(i.Index), i => new
            {
                method = i.Method switch { PowerMethod.MonteCarlo => "monte-carlo", PowerMethod.Enumeration => "enumeration", PowerMethod.DecisionDiagram => "decision-diagram", _ => "dynamic-programming" },
                error_bound = i.ErrorBound,
                samples = i.Samples,
                values = i.Values.ToDictionary(v => v.Player, v => v.Value),
                exact = i.Method == PowerMethod.MonteCarlo ? null : i.Values.ToDictionary(v => v.Player, v => v.Exact),
            }),
            veto_players = x.Result.VetoPlayers,
            minimal_winning_coalitions = new { count = x.Result.MinimalWinning.Count, complete = x.Result.MinimalWinning.Complete, listed = x.Result.MinimalWinning.Listed },
            winning_coalitions = x.Result.WinningCoalitions,
        }),
    }, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static string Csv(IReadOnlyList<(string Game, PowerResult Result)> results)
    {
        var sb = new StringBuilder("body,member,index,value,exact,method,error_bound\n");
        foreach (var (game, r) in results)
            foreach (var i in r.Indices)
                foreach (var v in i.Values)
                    sb.Append(ForecastCsv.Field(game)).Append(',').Append(v.Player).Append(',').Append(Name(i.Index)).Append(',')
                      .Append(v.Value.ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(i.Method == PowerMethod.MonteCarlo ? "" : v.Exact).Append(',')
                      .Append(i.Method.ToString()).Append(',').Append(i.ErrorBound.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }
}
