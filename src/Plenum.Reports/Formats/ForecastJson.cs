using System.Text;
using System.Text.Json;
using Plenum.Core.Models;

namespace Plenum.Reports.Formats;

/// <summary>
/// The JSON contract of <c>docs/cli.md</c>: one object per model run (an array when several models ran).
/// Field names are stable; fields may be added, never renamed or removed.
/// </summary>
public static class ForecastJson
{
    /// <summary>One result as an object, several as an array.</summary>
    public static string Write(IReadOnlyList<ForecastResult> results, bool indented)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            if (results.Count == 1) WriteResult(w, results[0]);
            else
            {
                w.WriteStartArray();
                foreach (var r in results) WriteResult(w, r);
                w.WriteEndArray();
            }
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteResult(Utf8JsonWriter w, ForecastResult r)
    {
        w.WriteStartObject();
        w.WriteString("scenario", r.Scenario);
        w.WriteString("model", r.Model);
        w.WriteStartObject("options");
        foreach (var (k, v) in r.Options.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // Numeric option values are written as JSON numbers, the rest as text.
            if (double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                w.WriteNumber(k, d);
            else w.WriteString(k, v);
        }
        w.WriteEndObject();

        w.WriteStartArray("issues");
        foreach (var issue in r.Issues)
        {
            w.WriteStartObject();
            w.WriteString("id", issue.Id);
            Number(w, "forecast", issue.Forecast);
            Number(w, "mean", issue.Mean);
            Number(w, "median", issue.Median);
            if (issue.Convergence is { } c)
            {
                w.WriteStartObject("convergence");
                w.WriteString("status", c.Status);
                w.WriteNumber("rounds", c.Rounds);
                if (c.CycleStart is { } cs) w.WriteNumber("cycle_start", cs);
                if (c.CycleLength is { } cl) w.WriteNumber("cycle_length", cl);
                w.WriteEndObject();
            }
            if (issue.Distribution is { } d)
            {
                w.WriteStartObject("distribution");
                w.WriteNumber("runs", d.Runs);
                Number(w, "mean", d.Mean);
                Number(w, "sd", d.StandardDeviation);
                Number(w, "p05", d.P05);
                Number(w, "p50", d.P50);
                Number(w, "p95", d.P95);
                w.WriteStartObject("histogram");
                Number(w, "low", d.BinLow);
                Number(w, "high", d.BinHigh);
                w.WriteStartArray("counts");
                foreach (var count in d.Histogram) w.WriteNumberValue(count);
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteStartArray("rounds");
            foreach (var round in issue.Rounds)
            {
                w.WriteStartObject();
                w.WriteNumber("round", round.Round);
                w.WriteStartObject("positions");
                foreach (var (actor, x) in round.Positions) Number(w, actor, x);
                w.WriteEndObject();
                Number(w, "mean", round.Mean);
                Number(w, "median", round.Median);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("motions");
        foreach (var m in r.Motions)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            Number(w, "p_pass", m.PPass);
            w.WriteString("decided_by", m.DecidedBy);
            w.WriteStartObject("bodies");
            foreach (var (body, vote) in m.Bodies)
            {
                w.WriteStartObject(body);
                Number(w, "p_pass", vote.PPass);
                Number(w, "votes_for", vote.VotesFor);
                Number(w, "votes_against", vote.VotesAgainst);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("actors");
        foreach (var a in r.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            Number(w, "p_removed", a.PRemoved);
            Number(w, "p_prevails", a.PPrevails);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartObject("tables");
        foreach (var t in r.Tables)
        {
            w.WriteStartObject(t.Name);
            w.WriteStartArray("columns");
            foreach (var c in t.Columns) w.WriteStringValue(c);
            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var row in t.Rows)
            {
                w.WriteStartArray();
                foreach (var cell in row) Cell(w, cell);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();

        w.WriteStartArray("notes");
        foreach (var n in r.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }

    private static void Cell(Utf8JsonWriter w, object? cell)
    {
        switch (cell)
        {
            case null: w.WriteNullValue(); break;
            case double d when double.IsFinite(d): w.WriteNumberValue(d); break;
            case double: w.WriteNullValue(); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case bool b: w.WriteBooleanValue(b); break;
            default: w.WriteStringValue(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }
}
