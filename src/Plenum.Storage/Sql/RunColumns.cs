using System.Data.Common;
using System.Text;
using System.Text.Json;

namespace Plenum.Storage.Sql;

/// <summary>Turns runs into column values and rows back into runs; the column order is that of <see cref="RunSql"/>.</summary>
internal static class RunColumns
{
    /// <summary>The parameters of <see cref="RunSql.Insert"/>.</summary>
    public static (string, object?)[] Parameters(RunRecord run, object createdAt) =>
    [
        ("CreatedAt", createdAt),
        ("ScenarioId", run.ScenarioId),
        ("ScenarioHash", run.ScenarioHash),
        ("Models", string.Join(',', run.Models)),
        ("OptionsJson", OptionsJson(run.Options)),
        ("Seed", run.Seed),
        ("MonteCarloRuns", run.MonteCarloRuns),
        ("DurationMs", run.DurationMs),
        ("PlenumVersion", run.PlenumVersion),
        ("TimingsJson", TimingsJson(run.Timings)),
        ("ResultJson", run.ResultJson),
        ("WorkspaceId", run.WorkspaceId),
    ];

    /// <summary>A row of <see cref="RunSql.List"/> (the summary columns).</summary>
    public static RunSummary ReadSummary(DbDataReader row, DateTimeOffset createdAt) => new(
        Convert.ToInt64(row.GetValue(0)), createdAt, row.GetString(2), row.GetString(3), row.GetString(4).Split(','),
        Convert.ToInt64(row.GetValue(5)), Convert.ToInt32(row.GetValue(6)), Convert.ToDouble(row.GetValue(7)), row.GetString(8));

    /// <summary>A row of <see cref="RunSql.Get"/> (the summary columns, then options, timings, result and workspace).</summary>
    public static RunRecord ReadRecord(DbDataReader row, DateTimeOffset createdAt)
    {
        var summary = ReadSummary(row, createdAt);
        return new RunRecord
        {
            Id = summary.Id,
            CreatedAt = createdAt,
            ScenarioId = summary.ScenarioId,
            ScenarioHash = summary.ScenarioHash,
            Models = summary.Models,
            Seed = summary.Seed,
            MonteCarloRuns = summary.MonteCarloRuns,
            DurationMs = summary.DurationMs,
            PlenumVersion = summary.PlenumVersion,
            Options = ReadObject(row.GetString(9), p => p.GetString() ?? ""),
            Timings = ReadObject(row.GetString(10), p => p.GetDouble()),
            ResultJson = row.GetString(11),
            WorkspaceId = Convert.ToInt64(row.GetValue(12)),
        };
    }

    private static string OptionsJson(IReadOnlyDictionary<string, string> options) =>
        WriteObject(w => { foreach (var (key, value) in options.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(key, value); });

    private static string TimingsJson(IReadOnlyDictionary<string, double> timings) =>
        WriteObject(w => { foreach (var (phase, ms) in timings) w.WriteNumber(phase, ms); });

    private static string WriteObject(Action<Utf8JsonWriter> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            properties(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Dictionary<string, T> ReadObject<T>(string json, Func<JsonElement, T> value)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => value(p.Value), StringComparer.Ordinal);
    }
}
