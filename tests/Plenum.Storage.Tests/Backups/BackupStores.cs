using Microsoft.Data.Sqlite;
using Npgsql;
using Plenum.Storage.Tests.Postgres;

namespace Plenum.Storage.Tests.Backups;

/// <summary>Fresh stores for one test: SQLite files in a temporary folder, PostgreSQL schemas in the class's database.</summary>
internal sealed class BackupStores(PostgresServer server) : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-backup-test-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _schemas = [];
    private int _files;

    /// <summary>The folder for archives and SQLite files.</summary>
    public string Folder => Directory.CreateDirectory(_folder).FullName;

    /// <summary>Why PostgreSQL cannot be used here, or null.</summary>
    public string? PostgresMissing => server.Missing;

    public string NewSqlite() => Path.Combine(Folder, $"store-{++_files}.db");

    public async Task<string> NewPostgresAsync()
    {
        var schema = "b_" + Guid.NewGuid().ToString("N");
        await PostgresServer.ExecuteAsync(server.ConnectionString!, $"CREATE SCHEMA {schema}");
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        foreach (var schema in _schemas) await PostgresServer.ExecuteAsync(server.ConnectionString!, $"DROP SCHEMA {schema} CASCADE");
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
