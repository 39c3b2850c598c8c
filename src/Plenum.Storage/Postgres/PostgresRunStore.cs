using System.Data.Common;
using Npgsql;
using Plenum.Storage.Migrations;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Postgres;

/// <summary>
/// Runs in a PostgreSQL database, for teams sharing one store. The tables go into the first schema of the
/// search path (<c>public</c> unless the connection string sets <c>Search Path</c>).
/// </summary>
internal sealed class PostgresRunStore : SqlRunStore
{
    /// <summary>Key of the transaction-scoped advisory lock that makes concurrent first uses migrate one at a time ("plenum" in ASCII).</summary>
    private const long MigrationLock = 0x706C656E756D;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnectionStringBuilder _settings;

    public PostgresRunStore(StoreLocation location) : this(location, Migration.For("Postgres")) { }

    internal PostgresRunStore(StoreLocation location, IReadOnlyList<Migration> migrations) : base(location.Display, migrations)
    {
        _settings = new NpgsqlConnectionStringBuilder(location.Target);
        _dataSource = NpgsqlDataSource.Create(_settings);
    }

    protected override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task UpgradeSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var version = await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
        if (version == LatestVersion) return;
        if (version > LatestVersion) throw NewerSchema(version.Value);

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@Key)", cancellationToken, ("Key", MigrationLock)).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
            cancellationToken).ConfigureAwait(false);
        version = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ApplyMigrationsAsync(connection, transaction, version ?? 0, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // Row inserts do not block one another in PostgreSQL; READ COMMITTED is enough for one-run transactions.
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    protected override object ToDbTime(DateTimeOffset time) => time.ToUniversalTime();

    protected override DateTimeOffset FromDbTime(object value) => value switch
    {
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        DateTimeOffset t => t.ToUniversalTime(),
        _ => throw new InvalidCastException($"created_at holds a {value.GetType().Name}, expected a timestamp"),
    };

    internal override StoreException? Translate(Exception exception) => PostgresErrors.Translate(exception, _settings, Location);

    internal override string? MissingStore() => null;

    internal override Task<IReadOnlyList<string>> TableNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        PostgresChecks.TableNamesAsync(connection, cancellationToken);

    internal override Task CheckEngineAsync(DbConnection connection, StoreInspection inspection, CancellationToken cancellationToken) =>
        PostgresChecks.RunAsync(connection, inspection, cancellationToken);

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task<int?> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var hasTable = (bool)(await Db.ScalarAsync(connection, transaction,
            "SELECT to_regclass('schema_version') IS NOT NULL", cancellationToken).ConfigureAwait(false))!;
        if (!hasTable) return null;
        return Convert.ToInt32(await Db.ScalarAsync(connection, transaction, RunSql.SchemaVersion, cancellationToken).ConfigureAwait(false));
    }
}
