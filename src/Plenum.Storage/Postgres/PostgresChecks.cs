using System.Data.Common;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Postgres;

/// <summary>
/// PostgreSQL's view of a store schema: constraints left unvalidated, indexes left invalid by an interrupted
/// build, and, when the <c>amcheck</c> extension is installed, the structure of every B-tree index and its heap.
/// </summary>
internal static class PostgresChecks
{
    public static async Task RunAsync(DbConnection connection, StoreInspection inspection, CancellationToken cancellationToken)
    {
        foreach (var row in await StoreInspection.RowsAsync(connection,
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace " +
            "WHERE n.nspname = current_schema() AND NOT c.convalidated ORDER BY 1, 2", cancellationToken).ConfigureAwait(false))
            inspection.Problems.Add($"constraint {row[1]} on {row[0]} is not validated");
        foreach (var row in await StoreInspection.RowsAsync(connection,
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready) ORDER BY 1", cancellationToken).ConfigureAwait(false))
            inspection.Problems.Add($"index {row[0]} is invalid (an interrupted build); REINDEX it");

        var amcheck = await StoreInspection.RowsAsync(connection, "SELECT 1 FROM pg_extension WHERE extname = 'amcheck'", cancellationToken).ConfigureAwait(false);
        if (amcheck.Count == 0)
        {
            inspection.Notes.Add("PostgreSQL constraints and indexes checked in the catalog; index structure not verified (the amcheck extension is not installed)");
            return;
        }
        var indexes = await StoreInspection.RowsAsync(connection,
            "SELECT c.oid::text, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "JOIN pg_am a ON a.oid = c.relam WHERE n.nspname = current_schema() AND a.amname = 'btree' AND i.indisvalid ORDER BY 2", cancellationToken).ConfigureAwait(false);
        foreach (var index in indexes)
        {
            try
            {
                await Db.ExecuteAsync(connection, null, $"SELECT bt_index_check({long.Parse(index[0], System.Globalization.CultureInfo.InvariantCulture)}::oid, true)", cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                inspection.Problems.Add($"amcheck: index {index[1]} is damaged: {e.Message}");
            }
        }
        inspection.Notes.Add($"PostgreSQL constraints checked; amcheck verified {indexes.Count} B-tree indexes against their tables");
    }

    public static async Task<IReadOnlyList<string>> TableNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        (await StoreInspection.RowsAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
            cancellationToken).ConfigureAwait(false)).Select(r => r[0]).ToList();
}
