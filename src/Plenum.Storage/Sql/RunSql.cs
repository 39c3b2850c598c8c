namespace Plenum.Storage.Sql;

/// <summary>The statements both back ends share (SQLite 3.35+ and PostgreSQL both know <c>RETURNING</c> and <c>LIMIT/OFFSET</c>).</summary>
internal static class RunSql
{
    /// <summary>The columns <see cref="RunColumns.ReadSummary"/> reads, in its order.</summary>
    private const string SummaryColumns =
        "id, created_at, scenario_id, scenario_hash, models, seed, monte_carlo_runs, duration_ms, plenum_version";

    public const string Insert =
        "INSERT INTO runs (created_at, scenario_id, scenario_hash, models, options_json, seed, monte_carlo_runs, " +
        "duration_ms, plenum_version, timings_json, result_json, workspace_id) " +
        "VALUES (@CreatedAt, @ScenarioId, @ScenarioHash, @Models, @OptionsJson, @Seed, @MonteCarloRuns, " +
        "@DurationMs, @PlenumVersion, @TimingsJson, @ResultJson, @WorkspaceId) RETURNING id";

    public const string InsertModel = "INSERT INTO run_models (run_id, position, model) VALUES (@RunId, @Position, @Model)";

    public const string Get =
        $"SELECT {SummaryColumns}, options_json, timings_json, result_json, workspace_id " +
        "FROM runs WHERE id = @Id";

    public const string Delete = "DELETE FROM runs WHERE id = @Id";

    public const string SchemaVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version";

    public const string RecordVersion = "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";

    /// <summary>The listing for a query; only the filters that are set become conditions.</summary>
    public static string List(RunQuery query)
    {
        var conditions = new List<string>();
        if (query.WorkspaceId is not null) conditions.Add("workspace_id = @WorkspaceId");
        if (query.ScenarioId is not null) conditions.Add("scenario_id = @ScenarioId");
        if (query.ScenarioHash is not null) conditions.Add("scenario_hash = @ScenarioHash");
        if (query.Model is not null) conditions.Add("EXISTS (SELECT 1 FROM run_models m WHERE m.run_id = runs.id AND m.model = @Model)");
        if (query.CreatedFrom is not null) conditions.Add("created_at >= @CreatedFrom");
        if (query.CreatedBefore is not null) conditions.Add("created_at < @CreatedBefore");
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        return $"SELECT {SummaryColumns} FROM runs{where} ORDER BY created_at DESC, id DESC LIMIT @Limit OFFSET @Offset";
    }
}
