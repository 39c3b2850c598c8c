using System.Globalization;
using System.Text;
using Plenum.Core.Models;

namespace Plenum.Reports.Formats;

/// <summary>CSV views of a result: trajectories (long form), one issue's trajectory (wide form), and detail tables.</summary>
public static class ForecastCsv
{
    /// <summary>model,issue,round,actor,position,round_mean,round_median — one row per actor per round.</summary>
    public static string Trajectories(IEnumerable<ForecastResult> results)
    {
        var sb = new StringBuilder("model,issue,round,actor,position,round_mean,round_median\n");
        foreach (var r in results)
            foreach (var issue in r.Issues)
                foreach (var round in issue.Rounds)
                    foreach (var (actor, x) in round.Positions)
                        sb.Append(Field(r.Model)).Append(',').Append(Field(issue.Id)).Append(',').Append(round.Round).Append(',')
                          .Append(Field(actor)).Append(',').Append(Num(x)).Append(',').Append(Num(round.Mean)).Append(',').Append(Num(round.Median)).Append('\n');
        return sb.ToString();
    }

    /// <summary>round,ACTOR…,mean,median — one row per round of one issue, for spreadsheets and trajectory charts.</summary>
    public static string IssueWide(IssueForecast issue)
    {
        var actors = issue.Rounds.Count == 0 ? [] : issue.Rounds[0].Positions.Keys.ToList();
        var sb = new StringBuilder("round");
        foreach (var a in actors) sb.Append(',').Append(Field(a));
        sb.Append(",mean,median\n");
        foreach (var round in issue.Rounds)
        {
            sb.Append(round.Round);
            foreach (var a in actors) sb.Append(',').Append(round.Positions.TryGetValue(a, out var x) ? Num(x) : "");
            sb.Append(',').Append(Num(round.Mean)).Append(',').Append(Num(round.Median)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>A detail table as CSV with its header.</summary>
    public static string Table(ResultTable table)
    {
        var sb = new StringBuilder(string.Join(",", table.Columns.Select(Field))).Append('\n');
        foreach (var row in table.Rows)
            sb.Append(string.Join(",", row.Select(Cell))).Append('\n');
        return sb.ToString();
    }

    private static string Cell(object? cell) => cell switch
    {
        null => "",
        double d => Num(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Field(cell.ToString() ?? ""),
    };

    /// <summary>A number in round-trip invariant form; empty for NaN and infinities, which CSV readers cannot parse.</summary>
    public static string Num(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A text cell, quoted only when it holds a comma, quote or line break (RFC 4180).</summary>
    public static string Field(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
