using Microsoft.Data.Sqlite;
using Plenum.Storage.Evidence;
using Plenum.Storage.Sqlite;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests.Evidence;

/// <summary>The evidence contract on a temporary SQLite file, plus what only SQLite can get wrong.</summary>
public sealed class SqliteEvidenceStoreTest(ITestOutputHelper output) : EvidenceStoreContract(output)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-evidence-test-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "plenum.db");

    protected override string Spec => DatabasePath;

    protected override Task<bool> PrepareLocationAsync() => Task.FromResult(true);

    private protected override SqlEvidenceStore CreateStore() => new SqliteEvidenceStore(new SqliteRunStore(RunStores.Resolve(DatabasePath)));

    protected override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    protected override Task CleanupAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task BundledSqlite_HasFts5()
    {
        await Store.PrepareAsync();

        Assert.Equal(1L, await ScalarAsync("SELECT sqlite_compileoption_used('ENABLE_FTS5')"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM evidence_search"));
    }

    [Fact]
    public async Task Index_AfterAdds_PassesFts5IntegrityCheck()
    {
        await Store.AddAsync(Prepare(Minutes));
        await Store.AddAsync(Prepare("another document"));
        await Store.DeleteAsync((await Store.ListAsync(new DocumentQuery()))[0].Id);

        await ScalarAsync("INSERT INTO evidence_search (evidence_search, rank) VALUES ('integrity-check', 1)");
    }
}
