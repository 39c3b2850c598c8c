using Npgsql;

namespace Plenum.Storage.Tests.Postgres;

/// <summary>
/// A fresh database for one test class on the server named by <c>PLENUM_TEST_POSTGRES</c>, dropped afterwards.
/// Without the variable there is no server: outside CI the tests return early saying so; with <c>CI=true</c> they fail.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string Variable = "PLENUM_TEST_POSTGRES";

    private string? _adminConnectionString;

    /// <summary>Connection string of this class's database; null when no server is configured.</summary>
    public string? ConnectionString { get; private set; }

    /// <summary>Why the tests cannot run; null when they can.</summary>
    public string? Missing { get; private set; }

    /// <summary>True when CI runs the tests, where a missing server is a failure rather than a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        _adminConnectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_adminConnectionString))
        {
            Missing = InCi
                ? $"{Variable} is not set; .ci/run must start PostgreSQL"
                : $"{Variable} is not set, so the PostgreSQL tests did not run; set it to e.g. Host=127.0.0.1;Port=55432;Username=postgres;Database=plenum";
            return;
        }
        var database = "plenum_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(_adminConnectionString, $"CREATE DATABASE {database}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString is null || _adminConnectionString is null) return;
        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }

    public static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
