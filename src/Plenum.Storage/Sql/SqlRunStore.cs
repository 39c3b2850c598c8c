using System.Data.Common;
using Plenum.Storage.Migrations;

namespace Plenum.Storage.Sql;

/// <summary>
/// What the SQLite and PostgreSQL stores share: the statements, the single-transaction save, schema migration on
/// first use, and turning driver errors into <see cref="StoreException"/>s. Subclasses supply connections,
/// write transactions, the time format and the error wording.
/// </summary>
/// <remarks>Thread-safe: every operation takes its own pooled connection; the schema check runs once per instance.</remarks>
internal abstract class SqlRunStore : IRunStore
{
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    protected SqlRunStore(string location, IReadOnlyList<Migration> migrations)
    {
        Location = location;
        Migrations = migrations;
    }

    public string Location { get; }

    /// <summary>The migrations this code knows, in order; the last one is the schema version it writes.</summary>
    internal IReadOnlyList<Migration> Migrations { get; }

    internal int LatestVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    /// <summary>Test seam: runs inside the save transaction after the <c>runs</c> row is written, before its models are.</summary>
    internal Action? AfterRunRowWritten { get; set; }

    /// <summary>An open connection, configured for this back end.</summary>
    protected abstract Task<DbConnection> ConnectAsync(CancellationToken cancellationToken);

    /// <summary>Brings the schema to <see cref="LatestVersion"/>, or fails when the store is newer or not a store.</summary>
    protected abstract Task UpgradeSchemaAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A transaction that holds the write lock from its start, so concurrent writers wait instead of failing.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The database value of a time (already cut to the microsecond).</summary>
    protected abstract object ToDbTime(DateTimeOffset time);

    /// <summary>The time a database value stands for.</summary>
    protected abstract DateTimeOffset FromDbTime(object value);

    /// <summary>A user-facing failure for a driver or file-system error, or null when the error is not one the user can act on.</summary>
    internal abstract StoreException? Translate(Exception exception);

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// Runs <paramref name="work"/> on a connection of this store with the schema ready and driver errors turned
    /// into <see cref="StoreException"/>s. The evidence store shares the runs' location, schema and error wording through it.
    /// </summary>
    internal Task<T> UseAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) => WithConnectionAsync(work, cancellationToken);

    /// <summary>A write transaction as <see cref="SaveAsync"/> uses (SQLite: <c>BEGIN IMMEDIATE</c>).</summary>
    internal Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginWriteAsync(connection, cancellationToken);

    /// <summary>The database value of a time, cut to the microsecond.</summary>
    internal object DbTime(DateTimeOffset time) => ToDbTime(ToMicroseconds(time));

    /// <summary>The time a database value stands for.</summary>
    internal DateTimeOffset ReadDbTime(object value) => FromDbTime(value);

    public Task PrepareAsync(CancellationToken cancellationToken = default) =>
        WithConnectionAsync(_ => Task.FromResult(true), cancellationToken);

    public Task<long> SaveAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        RunValidation.Check(run);
        var columns = RunColumns.Parameters(run, ToDbTime(ToMicroseconds(run.CreatedAt)));
        return WithConnectionAsync(async connection =>
        {
            await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            var id = Convert.ToInt64(await Db.ScalarAsync(connection, transaction, RunSql.Insert, cancellationToken, columns).ConfigureAwait(false));
            AfterRunRowWritten?.Invoke();
            await using (var insertModel = Db.Command(connection, transaction, RunSql.InsertModel, ("RunId", id), ("Position", 0), ("Model", "")))
            {
                for (var position = 0; position < run.Models.Count; position++)
                {
                    insertModel.Parameters[1].Value = position;
                    insertModel.Parameters[2].Value = run.Models[position];
                    await insertModel.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return id;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<RunSummary>> ListAsync(RunQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        var parameters = new List<(string, object?)> { ("Limit", (long)query.Limit), ("Offset", (long)query.Offset) };
        if (query.WorkspaceId is not null) parameters.Add(("WorkspaceId", query.WorkspaceId.Value));
        if (query.ScenarioId is not null) parameters.Add(("ScenarioId", query.ScenarioId));
        if (query.ScenarioHash is not null) parameters.Add(("ScenarioHash", query.ScenarioHash));
        if (query.Model is not null) parameters.Add(("Model", query.Model));
        if (query.CreatedFrom is { } from) parameters.Add(("CreatedFrom", ToDbTime(ToMicroseconds(from))));
        if (query.CreatedBefore is { } before) parameters.Add(("CreatedBefore", ToDbTime(ToMicroseconds(before))));
        return WithConnectionAsync<IReadOnlyList<RunSummary>>(async connection =>
        {
            await using var command = Db.Command(connection, null, RunSql.List(query), [.. parameters]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var runs = new List<RunSummary>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                runs.Add(RunColumns.ReadSummary(reader, FromDbTime(reader.GetValue(1))));
            return runs;
        }, cancellationToken);
    }

    public Task<RunRecord?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(async connection =>
        {
            await using var command = Db.Command(connection, null, RunSql.Get, ("Id", id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? RunColumns.ReadRecord(reader, FromDbTime(reader.GetValue(1)))
                : null;
        }, cancellationToken);

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(async connection =>
        {
            await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            var deleted = await Db.ExecuteAsync(connection, transaction, RunSql.Delete, cancellationToken, ("Id", id)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return deleted > 0;
        }, cancellationToken);

    /// <summary>Why there is no store to check at all (an SQLite file that does not exist), or null.</summary>
    internal abstract string? MissingStore();

    /// <summary>The names of the tables in the store's file or schema.</summary>
    internal abstract Task<IReadOnlyList<string>> TableNamesAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The engine's own consistency checks (SQLite's integrity and foreign-key checks, PostgreSQL's catalog and amcheck).</summary>
    internal abstract Task CheckEngineAsync(DbConnection connection, StoreInspection inspection, CancellationToken cancellationToken);

    /// <summary>
    /// <c>plenum store check</c>: engine checks, schema version and whole runs. Only reads; a store too damaged to
    /// be read is reported as a problem, a store that cannot be reached as a <see cref="StoreException"/>.
    /// </summary>
    internal async Task<StoreCheckReport> CheckAsync(CancellationToken cancellationToken)
    {
        if (MissingStore() is { } missing) return new StoreCheckReport(Location, 0, LatestVersion, 0, [missing], []);
        try
        {
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            var inspection = new StoreInspection(connection);
            await CheckEngineAsync(connection, inspection, cancellationToken).ConfigureAwait(false);
            var tables = await TableNamesAsync(connection, cancellationToken).ConfigureAwait(false);
            var version = await inspection.SchemaVersionAsync(tables.Contains("schema_version"),
                tables.Where(t => t != "schema_version").ToList(), LatestVersion, cancellationToken).ConfigureAwait(false);
            long runs = 0;
            if (version >= 1 && version <= LatestVersion)
            {
                var absent = new[] { "runs", "run_models" }.Where(t => !tables.Contains(t)).ToList();
                if (absent.Count > 0) inspection.Problems.Add($"schema version {version}, but the tables {string.Join(", ", absent)} are missing");
                else runs = await inspection.RunsAsync(cancellationToken).ConfigureAwait(false);
            }
            return new StoreCheckReport(Location, version, LatestVersion, runs, inspection.Problems, inspection.Notes);
        }
        catch (Exception e) when (e is not StoreException and not OperationCanceledException && Translate(e) is { } failure)
        {
            if (failure.Failure != StoreFailure.NotAStore) throw failure;
            return new StoreCheckReport(Location, 0, LatestVersion, 0, [failure.Message], []);
        }
    }

    /// <summary>Runs the pending migrations inside <paramref name="transaction"/>; the caller commits.</summary>
    protected async Task ApplyMigrationsAsync(DbConnection connection, DbTransaction transaction, int currentVersion, CancellationToken cancellationToken)
    {
        if (currentVersion > LatestVersion) throw NewerSchema(currentVersion);
        foreach (var migration in Migrations.Where(m => m.Version > currentVersion))
        {
            try
            {
                await Db.ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
                await Db.ExecuteAsync(connection, transaction, RunSql.RecordVersion, cancellationToken,
                    ("Version", migration.Version), ("Name", migration.Name), ("AppliedAt", ToDbTime(ToMicroseconds(DateTimeOffset.UtcNow)))).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                throw Translate(e) ?? new StoreException(StoreFailure.MigrationFailed,
                    $"upgrading the store {Location} to schema version {migration.Version} ({migration.Name}) failed, " +
                    $"and nothing was changed: {e.Message}", e);
            }
        }
    }

    /// <summary>The failure for a store written by a newer Plenum.</summary>
    protected StoreException NewerSchema(int version) =>
        new(StoreFailure.NewerSchema,
            $"the store {Location} has schema version {version}, but this Plenum knows versions up to {LatestVersion}; " +
            "upgrade Plenum, or choose another store with --store");

    /// <summary>Runs <paramref name="work"/> on an open connection of a store whose schema is up to date (for the account tables).</summary>
    internal Task<T> UseConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) =>
        WithConnectionAsync(work, cancellationToken);

    private async Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            return await work(connection).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not StoreException and not OperationCanceledException && Translate(e) is { } failure)
        {
            throw failure;
        }
    }

    private async Task EnsureSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (_schemaReady) return;
        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady) return;
            await UpgradeSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <summary>Both back ends keep microseconds (PostgreSQL's precision), so a run reads back exactly as saved.</summary>
    private static DateTimeOffset ToMicroseconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);
}
