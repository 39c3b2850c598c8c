using Plenum.Evidence.Search;
using Plenum.Storage.Backups;
using Plenum.Storage.Evidence;
using Plenum.Storage.Tests.Postgres;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests.Backups;

/// <summary>
/// <c>plenum export</c> / <c>plenum import</c> at the storage level: a workspace goes through an archive into
/// fresh SQLite and PostgreSQL stores and comes out with every row and field identical (compared as a
/// <see cref="StoreDump"/>); damaged, truncated, edited and too new archives are refused with nothing written.
/// </summary>
public sealed partial class WorkspaceBackupTest(PostgresServer server, ITestOutputHelper output) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private readonly BackupStores _stores = new(server);

    private static readonly DateTimeOffset ExportedAt = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();

    /// <summary>False (and says why) when no PostgreSQL server is configured; fails under CI.</summary>
    private bool PostgresAvailable()
    {
        if (_stores.PostgresMissing is not { } missing) return true;
        if (PostgresServer.InCi) throw new InvalidOperationException(missing);
        output.WriteLine("not run: " + missing);
        return false;
    }

    private async Task<string> ExportAsync(string spec, string workspace = "default", string name = "backup.zip")
    {
        var path = Path.Combine(_stores.Folder, name);
        await using var store = RunStores.Open(spec);
        await using var file = File.Create(path);
        var summary = await WorkspaceBackups.ExportAsync(store, workspace, file, "0.1.0-test", ExportedAt);
        output.WriteLine($"exported {workspace}: {summary.Describe()}; {new FileInfo(path).Length} bytes? content {summary.ContentSha256}");
        return path;
    }

    private static async Task<BackupSummary> ImportAsync(string spec, string path, string? asWorkspace = null, Func<string, Task>? afterTable = null)
    {
        await using var store = RunStores.Open(spec);
        return await WorkspaceBackups.ImportAsync(store, path, asWorkspace, afterTable, CancellationToken.None);
    }

    private static async Task AssertCleanAsync(string spec)
    {
        await using var store = RunStores.Open(spec);
        var report = await StoreChecks.CheckAsync(store);
        Assert.True(report.IsClean, string.Join("; ", report.Problems));
    }

    /// <summary>The imported evidence is searchable: SQLite's full-text index and PostgreSQL's vectors were rebuilt.</summary>
    private static async Task AssertSearchFindsAsync(string spec, string workspace, string word)
    {
        await using var evidence = EvidenceStores.Open(spec);
        var hits = await evidence.SearchAsync(new EvidenceSearch(SearchQuery.Parse(word)) { Workspace = workspace });
        Assert.NotEmpty(hits);
    }
}
