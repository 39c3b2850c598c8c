using Npgsql;
using Plenum.Storage.Evidence;
using Plenum.Storage.Postgres;
using Plenum.Storage.Tests.Postgres;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests.Evidence;

/// <summary>The evidence contract on a real PostgreSQL server: one database per class, one schema per test.</summary>
public sealed class PostgresEvidenceStoreTest(PostgresServer server, ITestOutputHelper output)
    : EvidenceStoreContract(output), IClassFixture<PostgresServer>
{
    private readonly string _schema = "e_" + Guid.NewGuid().ToString("N");

    private string SchemaConnectionString =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = _schema }.ConnectionString;

    protected override string Spec => SchemaConnectionString;

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

    private protected override SqlEvidenceStore CreateStore() => new PostgresEvidenceStore(new PostgresRunStore(RunStores.Resolve(SchemaConnectionString)));

    protected override Task<object?> ScalarAsync(string sql) => PostgresServer.ExecuteAsync(SchemaConnectionString, sql);

    protected override Task CleanupAsync() => PostgresServer.ExecuteAsync(server.ConnectionString!, $"DROP SCHEMA {_schema} CASCADE");
}
