using Plenum.Storage.Backups;

namespace Plenum.Storage.Tests.Backups;

public sealed partial class WorkspaceBackupTest
{
    [Fact]
    public async Task ExportImport_SqliteToFreshSqlite_EveryRowAndFieldIdentical()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source);
        var archive = await ExportAsync(source);
        var target = _stores.NewSqlite();

        var summary = await ImportAsync(target, archive);

        (await StoreDump.OfAsync(target, "default")).AssertSameAs(await StoreDump.OfAsync(source, "default"));
        Assert.Empty(summary.KeyShifts);
        Assert.Equal(2, summary.RowsOf("runs"));
        await AssertCleanAsync(target);
        await AssertSearchFindsAsync(target, "default", "Зиновьев");
    }

    [Fact]
    public async Task ExportImport_NamedWorkspace_KeepsItsIdNameAndRows()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source, "team");
        var archive = await ExportAsync(source, "team");
        var target = _stores.NewSqlite();

        var summary = await ImportAsync(target, archive);

        var expected = await StoreDump.OfAsync(source, "team");
        (await StoreDump.OfAsync(target, "team")).AssertSameAs(expected);
        Assert.Equal("team", summary.Workspace);
        Assert.Equal(2, summary.WorkspaceId);
        Assert.Equal(0, (await StoreDump.OfAsync(target, "default")).Rows("runs"));
    }

    [Fact]
    public async Task Export_LeavesOtherWorkspacesAndAccountsOut()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source, "team");
        var archive = await ExportAsync(source, "team");

        var summary = await WorkspaceBackups.VerifyAsync(archive, latestSchema: 4);

        Assert.Equal(1, summary.RowsOf("workspaces"));
        Assert.Equal(2, summary.RowsOf("scenarios"));
        Assert.Equal(2, summary.RowsOf("runs"));
        Assert.Equal(4, summary.RowsOf("run_models"));
        Assert.Equal(2, summary.RowsOf("run_views"));
        Assert.Equal(1, summary.RowsOf("audit_log"));
        Assert.Equal(2, summary.RowsOf("evidence_documents"));
        Assert.Equal(1, summary.RowsOf("evidence_quotes"));
        Assert.Equal(2, summary.RowsOf("evidence_mentions"));
        Assert.Equal(1, summary.RowsOf("evidence_quote_reviews"));
        Assert.Equal(1, summary.RowsOf("evidence_name_decisions"));
        Assert.DoesNotContain(summary.Tables, t => t.Key is "users" or "memberships" or "api_tokens");
    }

    [Fact]
    public async Task Export_SameStoreTwice_SameContentHash()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source);

        var first = await WorkspaceBackups.VerifyAsync(await ExportAsync(source, name: "one.zip"), 4);
        var second = await WorkspaceBackups.VerifyAsync(await ExportAsync(source, name: "two.zip"), 4);

        Assert.Equal(first.ContentSha256, second.ContentSha256);
    }

    [Fact]
    public async Task ExportImport_SqliteToPostgresAndBack_EveryRowAndFieldIdentical()
    {
        if (!PostgresAvailable()) return;
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source);
        var expected = await StoreDump.OfAsync(source, "default");

        var postgres = await _stores.NewPostgresAsync();
        await ImportAsync(postgres, await ExportAsync(source));
        var back = _stores.NewSqlite();
        await ImportAsync(back, await ExportAsync(postgres, name: "from-postgres.zip"));

        (await StoreDump.OfAsync(postgres, "default")).AssertSameAs(expected);
        (await StoreDump.OfAsync(back, "default")).AssertSameAs(expected);
        await AssertCleanAsync(postgres);
        await AssertSearchFindsAsync(postgres, "default", "Kamenev");
    }

    [Fact]
    public async Task ExportImport_PostgresToFreshPostgres_IdenticalAndNewRunsGetNewIds()
    {
        if (!PostgresAvailable()) return;
        var source = await _stores.NewPostgresAsync();
        await BackupSample.FillAsync(source, "team");
        var target = await _stores.NewPostgresAsync();

        await ImportAsync(target, await ExportAsync(source, "team"));

        (await StoreDump.OfAsync(target, "team")).AssertSameAs(await StoreDump.OfAsync(source, "team"));
        await using var store = RunStores.Open(target);
        var next = await store.SaveAsync(Runs.Sample());
        Assert.True(next > 3, $"a run saved after the import got id {next}, which the imported runs use");
        await AssertCleanAsync(target);
    }
}
