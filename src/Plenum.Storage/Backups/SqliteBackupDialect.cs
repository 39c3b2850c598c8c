using System.Data.Common;
using Microsoft.Data.Sqlite;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Backups;

/// <summary>SQLite: columns from <c>PRAGMA table_xinfo</c>, AUTOINCREMENT counters in <c>sqlite_sequence</c>, <c>BEGIN IMMEDIATE</c> as the lock.</summary>
internal sealed class SqliteBackupDialect : BackupDialect
{
    public override string Name => "sqlite";

    public override async Task<IReadOnlyList<TableColumn>> ColumnsAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        var columns = new List<TableColumn>();
        await using var command = Db.Command(connection, transaction, "SELECT name, type, hidden FROM pragma_table_xinfo(@Table) ORDER BY cid", ("Table", table));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.GetInt64(2) != 0) continue; // generated or hidden columns are derived, not stored
            columns.Add(new TableColumn(reader.GetString(0), Affinity(reader.GetString(1))));
        }
        return columns;
    }

    public override async Task<long> HighWaterAsync(DbConnection connection, DbTransaction transaction, string table, string key, CancellationToken cancellationToken)
    {
        var max = await Db.ScalarAsync(connection, transaction, $"SELECT MAX({key}) FROM {table}", cancellationToken).ConfigureAwait(false);
        var sequence = await Db.ScalarAsync(connection, transaction, "SELECT seq FROM sqlite_sequence WHERE name = @Table", cancellationToken, ("Table", table)).ConfigureAwait(false);
        return Math.Max(max is null ? 0 : Convert.ToInt64(max), sequence is null ? 0 : Convert.ToInt64(sequence));
    }

    // An explicit key above sqlite_sequence's counter raises it by itself.
    public override Task AfterExplicitKeysAsync(DbConnection connection, DbTransaction transaction, string table, string key, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // A deferred transaction takes its snapshot at the first read; in WAL mode writers go on meanwhile.
    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    // BEGIN IMMEDIATE (the store's write transaction) already holds the only write lock of the file.
    public override Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> tables, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>SQLite's type affinity rules (https://www.sqlite.org/datatype3.html, 3.1), which decide what a column stores.</summary>
    private static ColumnKind Affinity(string declared)
    {
        var type = declared.ToUpperInvariant();
        if (type.Contains("INT", StringComparison.Ordinal)) return ColumnKind.Integer;
        if (type.Contains("CHAR", StringComparison.Ordinal) || type.Contains("CLOB", StringComparison.Ordinal) || type.Contains("TEXT", StringComparison.Ordinal)) return ColumnKind.Text;
        if (type.Length == 0 || type.Contains("BLOB", StringComparison.Ordinal)) return ColumnKind.Bytes;
        if (type.Contains("REAL", StringComparison.Ordinal) || type.Contains("FLOA", StringComparison.Ordinal) || type.Contains("DOUB", StringComparison.Ordinal)) return ColumnKind.Real;
        return ColumnKind.Real; // NUMERIC affinity; the store declares no such column
    }
}
