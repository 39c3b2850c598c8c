using Plenum.Storage.Sql;

namespace Plenum.Storage.Tests;

public abstract partial class RunStoreContract
{
    [Fact]
    public async Task Save_FailingAfterTheRunRow_LeavesNoHalfWrittenRun()
    {
        if (!Available) return;
        var store = OpenStore();
        await store.SaveAsync(Runs.Sample());
        store.AfterRunRowWritten = () => throw new InvalidOperationException("process killed");

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(Runs.Sample(models: ["bdm", "smp"])));

        Assert.Equal("process killed", e.Message);
        Assert.Equal(1, await CountAsync("runs"));
        Assert.Equal(1, await CountAsync("run_models"));
        store.AfterRunRowWritten = null;
        await store.SaveAsync(Runs.Sample(models: ["bdm", "smp"]));
        Assert.Equal(2, await CountAsync("runs"));
        Assert.Equal(3, await CountAsync("run_models"));
    }

    [Fact]
    public async Task Save_CancelledBeforeCommit_LeavesNoRun()
    {
        if (!Available) return;
        var store = OpenStore();
        await store.SaveAsync(Runs.Sample());
        using var cancel = new CancellationTokenSource();
        store.AfterRunRowWritten = cancel.Cancel;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(Runs.Sample(), cancel.Token));

        Assert.Equal(1, await CountAsync("runs"));
    }

    [Fact]
    public async Task Save_TwoWritersInParallel_AllHundredRunsLand()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());
        SqlRunStore[] writers = [OpenStore(), OpenStore()];

        var ids = await Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
        {
            var mine = new List<long>();
            for (var i = 0; i < 50; i++)
                mine.Add(await writer.SaveAsync(Runs.Sample(scenario: $"writer-{w}", models: ["bdm", "smp"])));
            return mine;
        })));

        Assert.Equal(100, ids.SelectMany(x => x).Distinct().Count());
        Assert.Equal(101, await CountAsync("runs"));
        Assert.Equal(201, await CountAsync("run_models"));
        Assert.Equal(50, (await Store.ListAsync(new RunQuery { ScenarioId = "writer-1", Limit = 500 })).Count);
    }

    [Fact]
    public async Task Save_TwoProcessesAtOnce_AllHundredRunsLand()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());

        using var first = WriterProcess.Start(Spec, 50, "process-1");
        using var second = WriterProcess.Start(Spec, 50, "process-2");
        var errors = await Task.WhenAll(first.StandardError.ReadToEndAsync(), second.StandardError.ReadToEndAsync());
        await Task.WhenAll(first.WaitForExitAsync(), second.WaitForExitAsync());

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, string.Join("\n", errors));
        Assert.Equal(101, await CountAsync("runs"));
        Assert.Equal(50, (await Store.ListAsync(new RunQuery { ScenarioId = "process-1", Limit = 500 })).Count);
        Assert.Equal(50, (await Store.ListAsync(new RunQuery { ScenarioId = "process-2", Limit = 500 })).Count);
    }
}
