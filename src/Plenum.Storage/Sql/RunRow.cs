using System.Text.Json;

namespace Plenum.Storage.Sql;

/// <summary>A row of <c>runs</c> as Dapper reads and writes it; property names match the SQL aliases of <see cref="RunSql"/>.</summary>
internal sealed class RunRow
{
    public long Id { get; set; }
    public object CreatedAt { get; set; } = "";
    public string ScenarioId { get; set; } = "";
    public string ScenarioHash { get; set; } = "";
    public string Models { get; set; } = "";
    public string OptionsJson { get; set; } = "{}";
    public long Seed { get; set; }
    public long MonteCarloRuns { get; set; }
    public double DurationMs { get; set; }
    public string PlenumVersion { get; set; } = "";
    public string TimingsJson { get; set; } = "{}";
    public string ResultJson { get; set; } = "";

    public static RunRow From(RunRecord run, object createdAt) => new()
    {
        CreatedAt = createdAt,
        ScenarioId = run.ScenarioId,
        ScenarioHash = run.ScenarioHash,
        Models = string.Join(',', run.Models),
        OptionsJson = JsonSerializer.Serialize(new SortedDictionary<string, string>(run.Options.ToDictionary(), StringComparer.Ordinal)),
        Seed = run.Seed,
        MonteCarloRuns = run.MonteCarloRuns,
        DurationMs = run.DurationMs,
        PlenumVersion = run.PlenumVersion,
        TimingsJson = JsonSerializer.Serialize(run.Timings),
        ResultJson = run.ResultJson,
    };

    public RunSummary ToSummary(DateTimeOffset createdAt) =>
        new(Id, createdAt, ScenarioId, ScenarioHash, Models.Split(','), Seed, checked((int)MonteCarloRuns), DurationMs, PlenumVersion);

    public RunRecord ToRecord(DateTimeOffset createdAt) => new()
    {
        Id = Id,
        CreatedAt = createdAt,
        ScenarioId = ScenarioId,
        ScenarioHash = ScenarioHash,
        Models = Models.Split(','),
        Options = JsonSerializer.Deserialize<Dictionary<string, string>>(OptionsJson) ?? [],
        Seed = Seed,
        MonteCarloRuns = checked((int)MonteCarloRuns),
        DurationMs = DurationMs,
        Timings = JsonSerializer.Deserialize<Dictionary<string, double>>(TimingsJson) ?? [],
        PlenumVersion = PlenumVersion,
        ResultJson = ResultJson,
    };
}
