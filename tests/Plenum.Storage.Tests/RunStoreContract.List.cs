namespace Plenum.Storage.Tests;

public abstract partial class RunStoreContract
{
    [Fact]
    public async Task List_NoFilter_GivesSummariesNewestFirst()
    {
        if (!Available) return;
        var older = await Store.SaveAsync(Runs.Sample(createdAt: Runs.March20));
        var newer = await Store.SaveAsync(Runs.Sample(scenario: "plenum-1937", models: ["smp", "bdm"], createdAt: Runs.March20.AddDays(1)));

        var list = await Store.ListAsync(RunQuery.Latest);

        Assert.Equal([newer, older], list.Select(r => r.Id));
        var top = list[0];
        Assert.Equal(Runs.March20.AddDays(1), top.CreatedAt);
        Assert.Equal("plenum-1937", top.ScenarioId);
        Assert.Equal(ScenarioHash.Of("id: plenum-1937\n"), top.ScenarioHash);
        Assert.Equal(["smp", "bdm"], top.Models);
        Assert.Equal(42, top.Seed);
        Assert.Equal(1000, top.MonteCarloRuns);
        Assert.Equal(123.25, top.DurationMs);
        Assert.Equal("0.1.0+abc1234", top.PlenumVersion);
    }

    [Fact]
    public async Task List_EmptyStore_IsEmpty()
    {
        if (!Available) return;

        Assert.Empty(await Store.ListAsync(RunQuery.Latest));
    }

    [Fact]
    public async Task List_ByScenarioId_GivesOnlyThatScenario()
    {
        if (!Available) return;
        var a = await Store.SaveAsync(Runs.Sample(scenario: "politburo-1929"));
        await Store.SaveAsync(Runs.Sample(scenario: "plenum-1937"));
        var c = await Store.SaveAsync(Runs.Sample(scenario: "politburo-1929", createdAt: Runs.March20.AddHours(1)));

        var list = await Store.ListAsync(new RunQuery { ScenarioId = "politburo-1929" });

        Assert.Equal([c, a], list.Select(r => r.Id));
    }

    [Fact]
    public async Task List_ByScenarioHash_GivesOnlyThatText()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());
        var edited = await Store.SaveAsync(Runs.Sample() with { ScenarioHash = ScenarioHash.Of("id: politburo-1929\n# edited\n") });

        var list = await Store.ListAsync(new RunQuery { ScenarioHash = ScenarioHash.Of("id: politburo-1929\n# edited\n") });

        Assert.Equal([edited], list.Select(r => r.Id));
    }

    [Fact]
    public async Task List_ByModel_FindsRunsWhereItRanAloneOrAmongOthers()
    {
        if (!Available) return;
        var alone = await Store.SaveAsync(Runs.Sample(models: ["smp"]));
        await Store.SaveAsync(Runs.Sample(models: ["bdm"]));
        var among = await Store.SaveAsync(Runs.Sample(models: ["bdm", "smp", "exchange"], createdAt: Runs.March20.AddMinutes(1)));
        await Store.SaveAsync(Runs.Sample(models: ["smp_variant"]));

        var list = await Store.ListAsync(new RunQuery { Model = "smp" });

        Assert.Equal([among, alone], list.Select(r => r.Id));
    }

    [Fact]
    public async Task List_ByTimeWindow_IncludesItsStartAndExcludesItsEnd()
    {
        if (!Available) return;
        var ids = new List<long>();
        for (var day = 0; day < 5; day++)
            ids.Add(await Store.SaveAsync(Runs.Sample(createdAt: Runs.March20.AddDays(day))));

        var list = await Store.ListAsync(new RunQuery { CreatedFrom = Runs.March20.AddDays(1), CreatedBefore = Runs.March20.AddDays(3) });

        Assert.Equal([ids[2], ids[1]], list.Select(r => r.Id));
    }

    [Fact]
    public async Task List_TimeWindowInAnotherOffset_ComparesInstants()
    {
        if (!Available) return;
        var id = await Store.SaveAsync(Runs.Sample(createdAt: Runs.March20));

        var moscow = Runs.March20.ToOffset(TimeSpan.FromHours(3));
        var list = await Store.ListAsync(new RunQuery { CreatedFrom = moscow, CreatedBefore = moscow.AddTicks(10) });

        Assert.Equal([id], list.Select(r => r.Id));
    }

    [Fact]
    public async Task List_LimitAndOffset_PageThroughNewestFirst()
    {
        if (!Available) return;
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
            ids.Add(await Store.SaveAsync(Runs.Sample(createdAt: Runs.March20.AddSeconds(i))));

        var page1 = await Store.ListAsync(new RunQuery { Limit = 3 });
        var page3 = await Store.ListAsync(new RunQuery { Limit = 3, Offset = 6 });

        Assert.Equal([ids[6], ids[5], ids[4]], page1.Select(r => r.Id));
        Assert.Equal([ids[0]], page3.Select(r => r.Id));
    }

    [Fact]
    public async Task List_RunsStartedAtTheSameInstant_NewestIdFirst()
    {
        if (!Available) return;
        var a = await Store.SaveAsync(Runs.Sample());
        var b = await Store.SaveAsync(Runs.Sample());

        var list = await Store.ListAsync(RunQuery.Latest);

        Assert.Equal([b, a], list.Select(r => r.Id));
    }

    [Fact]
    public async Task List_LimitBelowOne_Throws()
    {
        if (!Available) return;

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListAsync(new RunQuery { Limit = 0 }));
    }
}
