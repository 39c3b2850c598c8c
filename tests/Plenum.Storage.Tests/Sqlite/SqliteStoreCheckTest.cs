using Microsoft.Data.Sqlite;

namespace Plenum.Storage.Tests.Sqlite;

/// <summary><c>plenum store check</c> on what only an SQLite file can suffer: absence, damaged pages, foreign garbage.</summary>
public sealed class SqliteStoreCheckTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-check-test-" + Guid.NewGuid().ToString("N"));

    public SqliteStoreCheckTest() => Directory.CreateDirectory(_folder);

    private string DatabasePath => Path.Combine(_folder, "plenum.db");

    [Fact]
    public async Task Check_FileDoesNotExist_ReportsNoStoreAndCreatesNothing()
    {
        await using var store = RunStores.Open(DatabasePath);

        var report = await StoreChecks.CheckAsync(store);

        Assert.Equal([$"no store at {DatabasePath}: the file does not exist"], report.Problems);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task Check_GarbageFile_ReportsNotAStore()
    {
        await File.WriteAllBytesAsync(DatabasePath, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7 + 3)).ToArray());
        await using var store = RunStores.Open(DatabasePath);

        var report = await StoreChecks.CheckAsync(store);

        var problem = Assert.Single(report.Problems);
        Assert.StartsWith($"{DatabasePath} is not a Plenum store or is corrupt", problem);
    }

    [Fact]
    public async Task Check_DamagedPages_ReportsTheIntegrityCheck()
    {
        await SaveRunsAsync(200);
        SqliteConnection.ClearAllPools();
        // Overwrite the middle of the file (table and index pages) with a pattern SQLite cannot read as a b-tree.
        await using (var file = new FileStream(DatabasePath, FileMode.Open, FileAccess.ReadWrite))
        {
            var length = file.Length;
            file.Position = length / 2 - length / 2 % 4096;
            file.Write(Enumerable.Repeat((byte)0x5A, 3 * 4096).ToArray());
        }
        await using var store = RunStores.Open(DatabasePath);

        var report = await StoreChecks.CheckAsync(store);

        Assert.False(report.IsClean);
        Assert.Contains(report.Problems, p => p.StartsWith("SQLite integrity check: ", StringComparison.Ordinal) || p.Contains("is corrupt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_ModelRowWithoutItsRun_ReportsTheOrphan()
    {
        await SaveRunsAsync(1);
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys = OFF; INSERT INTO run_models (run_id, position, model) VALUES (999, 0, 'bdm')";
            await command.ExecuteNonQueryAsync();
        }
        await using var store = RunStores.Open(DatabasePath);

        var report = await StoreChecks.CheckAsync(store);

        Assert.Contains("run_models has rows for run 999, which does not exist", report.Problems);
        Assert.Contains(report.Problems, p => p.StartsWith("foreign key check: row ", StringComparison.Ordinal) && p.EndsWith(" of run_models refers to a missing row of runs", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private async Task SaveRunsAsync(int count)
    {
        await using var store = RunStores.Open(DatabasePath);
        for (var i = 0; i < count; i++)
            await store.SaveAsync(Runs.Sample(scenario: $"scenario-{i}", models: ["bdm", "smp"], resultJson: $$"""{"run":{{i}},"pad":"{{new string('x', 500)}}"}"""));
    }
}
