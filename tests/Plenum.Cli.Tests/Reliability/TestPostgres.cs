using Npgsql;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>
/// A fresh PostgreSQL database for one test class on the server named by <c>PLENUM_TEST_POSTGRES</c> (as in
/// tests/Plenum.Storage.Tests), dropped afterwards. Without the variable: a skip outside CI, a failure in CI.
/// </summary>
public sealed class TestPostgres : IAsyncLifetime
{
    private const string Variable = "PLENUM_TEST_POSTGRES";
    private string? _admin;

    /// <summary>Connection string of this class's database; null when no server is configured.</summary>
    public string? ConnectionString { get; private set; }

    /// <summary>Why the tests cannot run; null when they can.</summary>
    public string? Missing { get; private set; }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_admin))
        {
            Missing = $"{Variable} is not set, so the PostgreSQL tests did not run";
            return;
        }
        var database = "plenum_cli_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(_admin, $"CREATE DATABASE {database}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = database }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString is null || _admin is null) return;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(ConnectionString).Database} WITH (FORCE)");
    }

    /// <summary>A new empty schema in this database and the connection string that writes into it.</summary>
    public async Task<string> NewSchemaAsync()
    {
        var schema = "s_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(ConnectionString!, $"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
