using Npgsql;
using Plenum.Storage.Migrations;
using Plenum.Storage.Postgres;
using Plenum.Storage.Sql;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests.Postgres;

/// <summary>
/// The store contract on a real PostgreSQL server: one fresh database per class (see <see cref="PostgresServer"/>)
/// and one fresh schema per test, reached through <c>Search Path</c>.
/// </summary>
public sealed class PostgresRunStoreTest(PostgresServer server, ITestOutputHelper output)
    : RunStoreContract(output), IClassFixture<PostgresServer>
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");

    private string SchemaConnectionString =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = _schema }.ConnectionString;

    private protected override IReadOnlyList<Migration> RealMigrations => Migration.For("Postgres");

    protected override string Spec => SchemaConnectionString;

    protected override string Now => "now()";

    protected override async Task<bool> PrepareLocationAsync()
    {
        if (server.Missing is { } missing)
        {
            if (PostgresServer.InCi) throw new InvalidOperationException(missing);
            Output.WriteLine("not run: " + missing);
            return false;
        }
        await PostgresServer.ExecuteAsync(server.ConnectionString!, $"CREATE SCHEMA {_schema}");
        return true;
    }

    private protected override SqlRunStore CreateStore(IReadOnlyList<Migration>? migrations = null) =>
        new PostgresRunStore(RunStores.Resolve(SchemaConnectionString), migrations ?? RealMigrations);

    protected override Task<object?> ScalarAsync(string sql) => PostgresServer.ExecuteAsync(SchemaConnectionString, sql);

    protected override async Task<bool> TableExistsAsync(string table) =>
        (bool)(await ScalarAsync($"SELECT to_regclass('{_schema}.{table}') IS NOT NULL"))!;

    protected override Task CleanupAsync() => PostgresServer.ExecuteAsync(server.ConnectionString!, $"DROP SCHEMA {_schema} CASCADE");

    [Fact]
    public async Task Open_DatabaseThatDoesNotExist_FailsWithHowToCreateIt()
    {
        if (!Available) return;
        var settings = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "no_such_plenum", Password = "s3cret-pw" };
        await using var store = RunStores.Open(settings.ConnectionString);

        var e = await Assert.ThrowsAsync<StoreException>(() => store.ListAsync(RunQuery.Latest));

        Assert.Equal(StoreFailure.Unreachable, e.Failure);
        Assert.Equal($"PostgreSQL at {settings.Host}:{settings.Port} has no database 'no_such_plenum'; " +
                     $"create it first (createdb -h {settings.Host} -p {settings.Port} no_such_plenum)", e.Message);
    }

    [Fact]
    public async Task Open_SchemaWithAnotherRunsTable_FailsAsNotAStore()
    {
        if (!Available) return;
        await ScalarAsync("CREATE TABLE runs (minute TEXT)");

        var e = await Assert.ThrowsAsync<StoreException>(() => Store.SaveAsync(Runs.Sample()));

        Assert.Equal(StoreFailure.NotAStore, e.Failure);
        Assert.StartsWith($"{Store.Location} is not a Plenum store: it already holds tables Plenum did not create (", e.Message);
        Assert.False(await TableExistsAsync("schema_version"));
    }

    [Fact]
    public void Location_NamesUserHostDatabaseAndSchema()
    {
        if (!Available) return;
        var settings = new NpgsqlConnectionStringBuilder(server.ConnectionString);

        Assert.Equal($"postgresql://{settings.Username}@{settings.Host}:{settings.Port}/{settings.Database} (schema {_schema})", Store.Location);
    }
}
