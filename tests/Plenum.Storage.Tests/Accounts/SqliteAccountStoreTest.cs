using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests.Accounts;

/// <summary>The account tables on a temporary SQLite file.</summary>
public sealed class SqliteAccountStoreTest(ITestOutputHelper output) : AccountStoreContract(output)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-accounts-test-" + Guid.NewGuid().ToString("N"));

    protected override string Spec => Path.Combine(_folder, "plenum.db");

    protected override Task<bool> PrepareLocationAsync() => Task.FromResult(true);

    protected override Task CleanupAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
