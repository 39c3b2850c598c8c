using System.Data.Common;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Sqlite;

/// <summary>SQLite's own verdict on a store file: <c>PRAGMA integrity_check</c> and <c>PRAGMA foreign_key_check</c>.</summary>
internal static class SqliteChecks
{
    /// <summary>How many integrity errors are listed before the rest are only counted.</summary>
    private const int MaxListed = 20;

    public static async Task RunAsync(DbConnection connection, StoreInspection inspection, CancellationToken cancellationToken)
    {
        var integrity = await StoreInspection.RowsAsync(connection, $"PRAGMA integrity_check({MaxListed})", cancellationToken).ConfigureAwait(false);
        foreach (var row in integrity.Where(r => r[0] != "ok"))
            inspection.Problems.Add($"SQLite integrity check: {row[0]}");
        var orphans = await StoreInspection.RowsAsync(connection, "PRAGMA foreign_key_check", cancellationToken).ConfigureAwait(false);
        foreach (var row in orphans.Take(MaxListed))
            inspection.Problems.Add($"foreign key check: row {row[1]} of {row[0]} refers to a missing row of {row[2]}");
        if (orphans.Count > MaxListed) inspection.Problems.Add($"foreign key check: {orphans.Count - MaxListed} more rows refer to missing rows");
        inspection.Notes.Add("SQLite integrity_check and foreign_key_check ran");
    }

    public static async Task<IReadOnlyList<string>> TableNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        (await StoreInspection.RowsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", cancellationToken).ConfigureAwait(false))
        .Select(r => r[0]).ToList();
}
