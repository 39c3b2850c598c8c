using System.Data.Common;
using System.Globalization;
using Plenum.Storage.Postgres;
using Plenum.Storage.Sql;
using Plenum.Storage.Sqlite;

namespace Plenum.Storage.Backups;

/// <summary>
/// What export and import need to know of a back end: the columns of a table, the highest key it ever gave,
/// how to read a consistent snapshot and how to keep other writers out while importing.
/// </summary>
internal abstract class BackupDialect
{
    /// <summary>The archive's form of a time: UTC to the microsecond, the same text the SQLite store keeps.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The dialect of an open store.</summary>
    public static BackupDialect For(SqlRunStore store) => store switch
    {
        PostgresRunStore => new PostgresBackupDialect(),
        SqliteRunStore => new SqliteBackupDialect(),
        _ => throw new ArgumentException($"{store.GetType().Name} cannot be backed up", nameof(store)),
    };

    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The stored (not generated) columns of a table, in schema order; empty when the table does not exist.</summary>
    public abstract Task<IReadOnlyList<TableColumn>> ColumnsAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken);

    /// <summary>The highest key the table holds or ever handed out (so an imported key never reuses a deleted row's id).</summary>
    public abstract Task<long> HighWaterAsync(DbConnection connection, DbTransaction transaction, string table, string key, CancellationToken cancellationToken);

    /// <summary>After rows were inserted with explicit keys: make the table's own counter continue above them.</summary>
    public abstract Task AfterExplicitKeysAsync(DbConnection connection, DbTransaction transaction, string table, string key, CancellationToken cancellationToken);

    /// <summary>A read transaction that sees one consistent state of the store for its whole length.</summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Inside the import transaction: keeps other writers out of the tables until the commit.</summary>
    public abstract Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> tables, CancellationToken cancellationToken);

    /// <summary>What goes between the column list and <c>VALUES</c> of an insert with explicit keys.</summary>
    public virtual string InsertOverride => "";

    /// <summary>A database value in the archive's terms: null, long, double, string (times and dates as text) or bytes.</summary>
    public static object? ToArchiveValue(object? value, ColumnKind kind) => value switch
    {
        null or DBNull => null,
        DateTime t when kind == ColumnKind.Date => DateOnly.FromDateTime(t).ToString(DateFormat, CultureInfo.InvariantCulture),
        long or string or double or byte[] => value,
        int i => (long)i,
        short s => (long)s,
        bool b => b ? 1L : 0L,
        float f => (double)f,
        decimal d => (double)d,
        DateTime t => (t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime())
            .ToString(TimeFormat, CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
        DateOnly d => d.ToString(DateFormat, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"a store column holds a {value.GetType().Name}, which backups do not carry"),
    };

    /// <summary>An archive value as the database value of a column of <paramref name="kind"/> (text times become timestamps on PostgreSQL).</summary>
    public virtual object? ToDbValue(object? value, ColumnKind kind) => value;
}
