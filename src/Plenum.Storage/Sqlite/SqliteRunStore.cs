using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Plenum.Storage.Migrations;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Sqlite;

/// <summary>
/// Runs in an SQLite file: the default store, created with its folder on first use. WAL mode lets readers work
/// while one process writes; a busy timeout makes a second writer wait for the first instead of failing.
/// </summary>
internal sealed class SqliteRunStore : SqlRunStore
{
    /// <summary>How long a writer waits for another process's write to finish before giving up.</summary>
    internal const int BusyTimeoutMs = 30_000;

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private readonly string _path;
    private readonly string _connectionString;

    public SqliteRunStore(StoreLocation location) : this(location, Migration.For("Sqlite")) { }

    internal SqliteRunStore(StoreLocation location, IReadOnlyList<Migration> migrations) : base(location.Display, migrations)
    {
        _path = location.Target;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    protected override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        CreateFolder();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // synchronous = NORMAL in WAL mode: a commit survives the process being killed, and the file is never
            // corrupted; only a power cut or OS crash may lose the last runs. It saves an fsync per run (docs/store.md).
            await Db.ExecuteAsync(connection, null,
                $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override async Task UpgradeSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL is a property of the file: set once, it stays. It cannot change inside a transaction.
        await Db.ScalarAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
        var version = await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
        if (version == LatestVersion) return;
        if (version > LatestVersion) throw NewerSchema(version.Value);

        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        version = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            await RefuseForeignDatabaseAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await Db.ExecuteAsync(connection, transaction,
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken).ConfigureAwait(false);
        }
        await ApplyMigrationsAsync(connection, transaction, version ?? 0, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // deferred: false is BEGIN IMMEDIATE: the write lock is taken (or waited for) now, not at the first write,
        // which would fail at once with SQLITE_BUSY if another writer got there in between.
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override object ToDbTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    protected override DateTimeOffset FromDbTime(object value) =>
        DateTimeOffset.ParseExact((string)value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    internal override StoreException? Translate(Exception exception) => SqliteErrors.Translate(exception, _path);

    internal override string? MissingStore() => File.Exists(_path) ? null : $"no store at {_path}: the file does not exist";

    internal override Task<IReadOnlyList<string>> TableNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteChecks.TableNamesAsync(connection, cancellationToken);

    internal override Task CheckEngineAsync(DbConnection connection, StoreInspection inspection, CancellationToken cancellationToken) =>
        SqliteChecks.RunAsync(connection, inspection, cancellationToken);

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private void CreateFolder()
    {
        var folder = Path.GetDirectoryName(_path);
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder)) return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SqliteErrors.FolderFailure(folder, e);
        }
    }

    private static async Task<int?> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var hasTable = Convert.ToInt64(await Db.ScalarAsync(connection, transaction,
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", cancellationToken).ConfigureAwait(false));
        if (hasTable == 0) return null;
        return Convert.ToInt32(await Db.ScalarAsync(connection, transaction, RunSql.SchemaVersion, cancellationToken).ConfigureAwait(false));
    }

    private async Task RefuseForeignDatabaseAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var command = Db.Command(connection, transaction,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) tables.Add(reader.GetString(0));
        }
        if (tables.Count > 0)
            throw new StoreException(StoreFailure.NotAStore,
                $"{_path} is not a Plenum store or is corrupt: it is an SQLite database with other tables ({string.Join(", ", tables.Take(5))}); " +
                "choose another file with --store");
    }
}
