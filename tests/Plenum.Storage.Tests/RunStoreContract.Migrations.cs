using Plenum.Storage.Migrations;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Tests;

public abstract partial class RunStoreContract
{
    [Fact]
    public async Task FirstUse_EmptyLocation_CreatesTheLatestSchema()
    {
        if (!Available) return;

        await Store.ListAsync(RunQuery.Latest);

        Assert.Equal(RealMigrations.Count, await CountAsync("schema_version"));
        Assert.Equal(RealMigrations[^1].Version, Convert.ToInt32(await ScalarAsync("SELECT MAX(version) FROM schema_version")));
        Assert.Equal("runs", await ScalarAsync("SELECT name FROM schema_version WHERE version = 1"));
    }

    [Fact]
    public async Task Prepare_EmptyLocation_CreatesTheSchemaBeforeAnyRun()
    {
        if (!Available) return;

        await Store.PrepareAsync();

        Assert.True(await TableExistsAsync("runs"));
        Assert.Equal(0, await CountAsync("runs"));
        Assert.Equal(RealMigrations.Count, await CountAsync("schema_version"));
    }

    [Fact]
    public async Task Reopen_CurrentSchema_MigratesNothingAndKeepsTheRuns()
    {
        if (!Available) return;
        var id = await Store.SaveAsync(Runs.Sample());

        var again = OpenStore();
        var read = await again.GetAsync(id);

        Assert.NotNull(read);
        Assert.Equal(RealMigrations.Count, await CountAsync("schema_version"));
    }

    [Fact]
    public async Task FirstUse_TwoStoresAtOnce_BothSaveAndTheSchemaIsCreatedOnce()
    {
        if (!Available) return;
        SqlRunStore[] stores = [OpenStore(), OpenStore(), OpenStore()];

        var ids = await Task.WhenAll(stores.Select(s => Task.Run(() => s.SaveAsync(Runs.Sample()))));

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(RealMigrations.Count, await CountAsync("schema_version"));
    }

    [Fact]
    public async Task Open_SchemaNewerThanThisPlenum_FailsSayingSo()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());
        await ScalarAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'from the future', '2030-01-01T00:00:00Z')");

        var newer = OpenStore();
        var e = await Assert.ThrowsAsync<StoreException>(() => newer.ListAsync(RunQuery.Latest));

        Assert.Equal(StoreFailure.NewerSchema, e.Failure);
        Assert.Equal(
            $"the store {newer.Location} has schema version 999, but this Plenum knows versions up to {RealMigrations[^1].Version}; " +
            "upgrade Plenum, or choose another store with --store",
            e.Message);
    }

    [Fact]
    public async Task Migrate_SecondScriptFails_RollsBackTheFirstToo()
    {
        if (!Available) return;
        var broken = OpenStore([.. RealMigrations, new Migration(RealMigrations.Count + 1, "broken", "CREATE TABLE broken (")]);

        var e = await Assert.ThrowsAsync<StoreException>(() => broken.ListAsync(RunQuery.Latest));

        Assert.Equal(StoreFailure.MigrationFailed, e.Failure);
        Assert.StartsWith($"upgrading the store {broken.Location} to schema version {RealMigrations.Count + 1} (broken) failed, and nothing was changed: ", e.Message);
        Assert.False(await TableExistsAsync("runs"));
        Assert.False(await TableExistsAsync("broken"));

        await Store.SaveAsync(Runs.Sample());
        Assert.Equal(RealMigrations.Count, await CountAsync("schema_version"));
    }

    [Fact]
    public async Task Migrate_StoreAtAnOlderVersion_AppliesOnlyTheNewScripts()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());
        var next = new Migration(RealMigrations.Count + 1, "run notes", "CREATE TABLE run_notes (run_id BIGINT NOT NULL, note TEXT NOT NULL)");

        var upgraded = OpenStore([.. RealMigrations, next]);
        await upgraded.SaveAsync(Runs.Sample());

        Assert.True(await TableExistsAsync("run_notes"));
        Assert.Equal(RealMigrations.Count + 1, await CountAsync("schema_version"));
        Assert.Equal(2, await CountAsync("runs"));
    }
}
