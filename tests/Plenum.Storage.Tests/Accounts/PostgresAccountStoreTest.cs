using Npgsql;
using Plenum.Storage.Tests.Postgres;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests.Accounts;

/// <summary>
/// The account tables on a real PostgreSQL server (<c>PLENUM_TEST_POSTGRES</c>): one fresh database per class
/// (see <see cref="PostgresServer"/>) and one fresh schema per test, reached through <c>Search Path</c>.
/// </summary>
public sealed class PostgresAccountStoreTest(PostgresServer server, ITestOutputHelper output)
    : AccountStoreContract(output), IClassFixture<PostgresServer>
{
    private readonly string _schema = "a_" + Guid.NewGuid().ToString("N");

    protected override string Spec => new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = _schema }.ConnectionString;

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

    protected override Task CleanupAsync() => PostgresServer.ExecuteAsync(server.ConnectionString!, $"DROP SCHEMA {_schema} CASCADE");
}
