using Microsoft.Data.Sqlite;
using Plenum.Storage.Migrations;
using Plenum.Storage.Sql;
using Plenum.Storage.Sqlite;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests.Sqlite;

/// <summary>The store contract on a temporary SQLite file, plus what only a file can get wrong.</summary>
public sealed class SqliteRunStoreTest(ITestOutputHelper output) : RunStoreContract(output)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-store-test-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "nested", "plenum.db");

    private protected override IReadOnlyList<Migration> RealMigrations => Migration.For("Sqlite");

    protected override string Spec => DatabasePath;

    protected override Task<bool> PrepareLocationAsync() => Task.FromResult(true);

    protected override string Now => "'2026-12-02T00:00:00.000000Z'";

    protected override async Task PrepareEmptyStoreFileAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await ScalarAsync("PRAGMA user_version = 0");
    }

    private protected override SqlRunStore CreateStore(IReadOnlyList<Migration>? migrations = null) =>
        new SqliteRunStore(RunStores.Resolve(DatabasePath), migrations ?? RealMigrations);

    protected override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    protected override async Task<bool> TableExistsAsync(string table) =>
        Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'")) > 0;

    protected override Task CleanupAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FirstUse_MissingFolders_CreatesThemAndTheFile()
    {
        Assert.False(Directory.Exists(_folder));

        await Store.SaveAsync(Runs.Sample());

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal(DatabasePath, Store.Location);
    }

    [Fact]
    public async Task FirstUse_TurnsOnWriteAheadLogging()
    {
        await Store.SaveAsync(Runs.Sample());

        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Open_FileThatIsNotADatabase_FailsAsNotAStore()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await File.WriteAllTextAsync(DatabasePath, string.Concat(Enumerable.Repeat("These are the minutes of the plenum, not a database. ", 40)));

        var e = await Assert.ThrowsAsync<StoreException>(() => Store.ListAsync(RunQuery.Latest));

        Assert.Equal(StoreFailure.NotAStore, e.Failure);
        Assert.Equal($"{DatabasePath} is not a Plenum store or is corrupt (file is not a database); " +
                     "move it aside, restore a backup, or choose another file with --store", e.Message);
    }

    [Fact]
    public async Task Open_SqliteDatabaseOfAnotherApplication_FailsAsNotAStoreAndLeavesItAlone()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await ScalarAsync("CREATE TABLE minutes (line TEXT)");

        var e = await Assert.ThrowsAsync<StoreException>(() => Store.SaveAsync(Runs.Sample()));

        Assert.Equal(StoreFailure.NotAStore, e.Failure);
        Assert.Equal($"{DatabasePath} is not a Plenum store or is corrupt: it is an SQLite database with other tables (minutes); " +
                     "choose another file with --store", e.Message);
        Assert.False(await TableExistsAsync("schema_version"));
        Assert.False(await TableExistsAsync("runs"));
    }

    [Fact]
    public async Task Open_EmptyFile_BecomesAStore()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await File.WriteAllBytesAsync(DatabasePath, []);

        var id = await Store.SaveAsync(Runs.Sample());

        Assert.NotNull(await Store.GetAsync(id));
    }

    [Fact]
    public async Task Open_FolderBlockedByAFile_FailsNamingTheFolder()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "nested"), "a file where the folder should be");

        var e = await Assert.ThrowsAsync<StoreException>(() => Store.SaveAsync(Runs.Sample()));

        Assert.Equal(StoreFailure.InvalidLocation, e.Failure);
        Assert.StartsWith($"cannot create the folder {Path.Combine(_folder, "nested")} for the store (", e.Message);
        Assert.EndsWith("); set PLENUM_HOME or pass --store FILE", e.Message);
    }
}
