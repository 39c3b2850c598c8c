using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Plenum.Storage.Sql;

/// <summary>
/// The checks both back ends share, defined against the schema of <c>Migrations/*/0001_runs.sql</c>: a run is whole
/// when its <c>runs</c> row has a result, options and timings that are JSON, and one <c>run_models</c> row per model
/// of its <c>models</c> column, at positions 0, 1, 2… with the same names in the same order.
/// </summary>
internal sealed class StoreInspection(DbConnection connection)
{
    public List<string> Problems { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>Reads the recorded versions and reports gaps; 0 when there is no schema yet.</summary>
    public async Task<int> SchemaVersionAsync(bool hasVersionTable, IReadOnlyList<string> otherTables, int knownVersion, CancellationToken cancellationToken)
    {
        if (!hasVersionTable)
        {
            if (otherTables.Count > 0)
                Problems.Add($"not a Plenum store: it has tables ({string.Join(", ", otherTables.Take(5))}) but no schema_version table");
            else
                Notes.Add("the store is empty: no schema has been created yet, so nothing was ever saved in it");
            return 0;
        }
        var versions = new List<int>();
        await using (var command = Db.Command(connection, null, "SELECT version FROM schema_version ORDER BY version"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }
        if (versions.Count == 0 && otherTables.Count > 0)
            Problems.Add($"schema_version is empty, but the store has tables ({string.Join(", ", otherTables.Take(5))}); the version record was lost");
        for (var i = 0; i < versions.Count; i++)
            if (versions[i] != i + 1)
            {
                Problems.Add($"schema_version records versions {string.Join(", ", versions)}; expected 1, 2, 3… without gaps");
                break;
            }
        var version = versions.Count == 0 ? 0 : versions[^1];
        if (version > knownVersion)
            Problems.Add($"schema version {version} is newer than this Plenum knows ({knownVersion}); check it with a newer Plenum");
        else if (version < knownVersion)
            Notes.Add($"schema version {version}; this Plenum writes version {knownVersion} and upgrades the store on its next write");
        return version;
    }

    /// <summary>Counts the runs and reports every run that is not whole, and every model row without its run.</summary>
    public async Task<long> RunsAsync(CancellationToken cancellationToken)
    {
        long runs = 0;
        await using (var command = Db.Command(connection, null, "SELECT id, models, result_json, options_json, timings_json FROM runs ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                runs++;
                var id = reader.GetInt64(0);
                CheckJson(id, "result", reader.IsDBNull(2) ? null : reader.GetString(2), null);
                CheckJson(id, "options", reader.IsDBNull(3) ? null : reader.GetString(3), JsonValueKind.Object);
                CheckJson(id, "timings", reader.IsDBNull(4) ? null : reader.GetString(4), JsonValueKind.Object);
            }
        }

        var declared = new Dictionary<long, string[]>();
        await using (var command = Db.Command(connection, null, "SELECT id, models FROM runs ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                declared[reader.GetInt64(0)] = reader.IsDBNull(1) ? [] : reader.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries);
        }
        var written = new Dictionary<long, List<(int Position, string Model)>>();
        var orphans = new SortedSet<long>();
        await using (var command = Db.Command(connection, null, "SELECT run_id, position, model FROM run_models ORDER BY run_id, position"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var runId = reader.GetInt64(0);
                if (!declared.ContainsKey(runId)) { orphans.Add(runId); continue; }
                if (!written.TryGetValue(runId, out var list)) written[runId] = list = [];
                list.Add((Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), reader.GetString(2)));
            }
        }
        foreach (var (id, models) in declared)
        {
            var rows = written.GetValueOrDefault(id) ?? [];
            if (models.Length == 0)
                Problems.Add($"run {id}: half-written: its models column is empty");
            else if (rows.Count != models.Length)
                Problems.Add($"run {id}: half-written: {models.Length} models ({string.Join(",", models)}) but {rows.Count} run_models rows");
            else if (rows.Select((r, i) => r.Position != i || r.Model != models[i]).Any(bad => bad))
                Problems.Add($"run {id}: run_models rows ({string.Join(",", rows.Select(r => $"{r.Position}:{r.Model}"))}) do not match its models ({string.Join(",", models)})");
        }
        foreach (var runId in orphans)
            Problems.Add($"run_models has rows for run {runId}, which does not exist");
        return runs;
    }

    private void CheckJson(long id, string what, string? json, JsonValueKind? expected)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            Problems.Add($"run {id}: half-written: its {what} is empty");
            return;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (expected is not null && document.RootElement.ValueKind != expected)
                Problems.Add($"run {id}: its {what} is JSON of kind {document.RootElement.ValueKind}, expected {expected}");
        }
        catch (JsonException e)
        {
            Problems.Add($"run {id}: its {what} is not valid JSON ({e.Message})");
        }
    }

    /// <summary>Every row of a query, each column as invariant text ("" for NULL).</summary>
    internal static async Task<List<string[]>> RowsAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var rows = new List<string[]>();
        await using var command = Db.Command(connection, null, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            rows.Add(row);
        }
        return rows;
    }
}
