namespace Plenum.Storage.Tests;

public abstract partial class RunStoreContract
{
    [Fact]
    public async Task Check_StoreWithRuns_IsCleanAndCountsThem()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample(models: ["bdm", "smp"]));
        await Store.SaveAsync(Runs.Sample(scenario: "house-vacate-2023"));

        var report = await StoreChecks.CheckAsync(OpenStore());

        Assert.Empty(report.Problems);
        Assert.True(report.IsClean);
        Assert.Equal(2, report.Runs);
        Assert.Equal(RealMigrations[^1].Version, report.SchemaVersion);
        Assert.Equal(report.KnownVersion, report.SchemaVersion);
    }

    [Fact]
    public async Task Check_RunMissingAModelRow_ReportsItHalfWritten()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());
        var id = await Store.SaveAsync(Runs.Sample(models: ["bdm", "smp", "exchange"]));
        await ScalarAsync($"DELETE FROM run_models WHERE run_id = {id} AND position = 2");

        var report = await StoreChecks.CheckAsync(OpenStore());

        Assert.Equal([$"run {id}: half-written: 3 models (bdm,smp,exchange) but 2 run_models rows"], report.Problems);
    }

    [Fact]
    public async Task Check_RunWithoutItsResult_ReportsItHalfWritten()
    {
        if (!Available) return;
        var id = await Store.SaveAsync(Runs.Sample());
        await ScalarAsync($"UPDATE runs SET result_json = '' WHERE id = {id}");

        var report = await StoreChecks.CheckAsync(OpenStore());

        Assert.Equal([$"run {id}: half-written: its result is empty"], report.Problems);
    }

    [Fact]
    public async Task Check_ResultThatIsNotJson_ReportsIt()
    {
        if (!Available) return;
        var id = await Store.SaveAsync(Runs.Sample());
        await ScalarAsync($"UPDATE runs SET result_json = '{{\"scenario\": \"politb' WHERE id = {id}");

        var report = await StoreChecks.CheckAsync(OpenStore());

        var problem = Assert.Single(report.Problems);
        Assert.StartsWith($"run {id}: its result is not valid JSON (", problem);
    }

    [Fact]
    public async Task Check_ModelRowsInAnotherOrder_ReportsTheMismatch()
    {
        if (!Available) return;
        var id = await Store.SaveAsync(Runs.Sample(models: ["bdm", "smp"]));
        await ScalarAsync($"UPDATE run_models SET model = 'exchange' WHERE run_id = {id} AND position = 1");

        var report = await StoreChecks.CheckAsync(OpenStore());

        Assert.Equal([$"run {id}: run_models rows (0:bdm,1:exchange) do not match its models (bdm,smp)"], report.Problems);
    }

    [Fact]
    public async Task Check_NewerSchema_IsAProblemAndNothingIsUpgraded()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());
        var next = RealMigrations[^1].Version + 1;
        await ScalarAsync($"INSERT INTO schema_version (version, name, applied_at) VALUES ({next}, 'from the future', {Now})");

        var report = await StoreChecks.CheckAsync(OpenStore());

        Assert.Equal(next, report.SchemaVersion);
        Assert.Equal([$"schema version {next} is newer than this Plenum knows ({next - 1}); check it with a newer Plenum"], report.Problems);
    }

    [Fact]
    public async Task Check_VersionRecordLost_IsAProblem()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());
        await ScalarAsync("DELETE FROM schema_version");

        var report = await StoreChecks.CheckAsync(OpenStore());

        Assert.Contains(report.Problems, p => p.StartsWith("schema_version is empty, but the store has tables (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_VersionGap_IsAProblem()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());
        await ScalarAsync("UPDATE schema_version SET version = version + 1 WHERE version = (SELECT MAX(version) FROM schema_version)");

        var report = await StoreChecks.CheckAsync(OpenStore());

        Assert.Contains(report.Problems, p => p.StartsWith("schema_version records versions ", StringComparison.Ordinal) && p.EndsWith("; expected 1, 2, 3… without gaps", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_OnlyReads_AnEmptyLocationStaysWithoutSchema()
    {
        if (!Available) return;
        await PrepareEmptyStoreFileAsync();

        var report = await StoreChecks.CheckAsync(OpenStore());

        Assert.True(report.IsClean);
        Assert.Equal(0, report.SchemaVersion);
        Assert.Contains("the store is empty: no schema has been created yet, so nothing was ever saved in it", report.Notes);
        Assert.False(await TableExistsAsync("schema_version"));
    }

    /// <summary>The SQL for "now" in this back end's time column.</summary>
    protected abstract string Now { get; }

    /// <summary>Makes the location exist without any table (an SQLite file of zero tables; the empty schema for PostgreSQL).</summary>
    protected virtual Task PrepareEmptyStoreFileAsync() => Task.CompletedTask;
}
