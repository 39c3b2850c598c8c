using System.Data;
using System.Data.Common;
using System.Globalization;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Backups;

/// <summary>
/// PostgreSQL: columns from <c>information_schema</c> (generated columns such as the search vector left out),
/// identity sequences moved past imported keys, <c>REPEATABLE READ</c> snapshots and table locks for the import.
/// </summary>
internal sealed class PostgresBackupDialect : BackupDialect
{
    public override string Name => "postgres";

    public override string InsertOverride => " OVERRIDING SYSTEM VALUE";

    public override async Task<IReadOnlyList<TableColumn>> ColumnsAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        var columns = new List<TableColumn>();
        await using var command = Db.Command(connection, transaction,
            "SELECT column_name, data_type FROM information_schema.columns " +
            "WHERE table_schema = current_schema() AND table_name = @Table AND is_generated = 'NEVER' ORDER BY ordinal_position", ("Table", table));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            columns.Add(new TableColumn(reader.GetString(0), Kind(reader.GetString(1))));
        return columns;
    }

    public override async Task<long> HighWaterAsync(DbConnection connection, DbTransaction transaction, string table, string key, CancellationToken cancellationToken)
    {
        var max = await Db.ScalarAsync(connection, transaction, $"SELECT MAX({key}) FROM {table}", cancellationToken).ConfigureAwait(false);
        var sequence = await Db.ScalarAsync(connection, transaction,
            "SELECT pg_sequence_last_value(pg_get_serial_sequence(@Table, @Key)::regclass)", cancellationToken, ("Table", table), ("Key", key)).ConfigureAwait(false);
        return Math.Max(max is null ? 0 : Convert.ToInt64(max), sequence is null ? 0 : Convert.ToInt64(sequence));
    }

    // setval is not undone by a rollback: a failed import leaves a gap in the ids, never a reused one.
    public override Task AfterExplicitKeysAsync(DbConnection connection, DbTransaction transaction, string table, string key, CancellationToken cancellationToken) =>
        Db.ScalarAsync(connection, transaction,
            $"SELECT setval(pg_get_serial_sequence(@Table, @Key), GREATEST((SELECT MAX({key}) FROM {table}), " +
            "COALESCE(pg_sequence_last_value(pg_get_serial_sequence(@Table, @Key)::regclass), 1))) " +
            "WHERE pg_get_serial_sequence(@Table, @Key) IS NOT NULL", cancellationToken, ("Table", table), ("Key", key));

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

    // SHARE ROW EXCLUSIVE lets others read but not write, and only one importer hold it at a time.
    public override Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> tables, CancellationToken cancellationToken) =>
        Db.ExecuteAsync(connection, transaction, $"LOCK TABLE {string.Join(", ", tables)} IN SHARE ROW EXCLUSIVE MODE", cancellationToken);

    public override object? ToDbValue(object? value, ColumnKind kind) => (value, kind) switch
    {
        (string text, ColumnKind.Time) => DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        (string text, ColumnKind.Date) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static ColumnKind Kind(string dataType) => dataType switch
    {
        "bigint" or "integer" or "smallint" => ColumnKind.Integer,
        "double precision" or "real" or "numeric" => ColumnKind.Real,
        "bytea" => ColumnKind.Bytes,
        "timestamp with time zone" or "timestamp without time zone" => ColumnKind.Time,
        "date" => ColumnKind.Date,
        _ => ColumnKind.Text,
    };
}
