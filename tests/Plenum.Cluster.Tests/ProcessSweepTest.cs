using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;
using Plenum.Cluster.Tests.Support;

namespace Plenum.Cluster.Tests;

/// <summary>Two clusters of real silo processes on 127.0.0.1: one silo with two workers, and three silos with one each.</summary>
public sealed class SiloProcessesFixture : IAsyncLifetime
{
    public SiloCluster One { get; private set; } = null!;
    public SiloCluster Three { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var one = SiloCluster.StartAsync(1, workers: 2);
        var three = SiloCluster.StartAsync(3, workers: 1);
        try
        {
            One = await one;
            Three = await three;
        }
        catch
        {
            if (one.IsCompletedSuccessfully) one.Result.Dispose();
            if (three.IsCompletedSuccessfully) three.Result.Dispose();
            throw;
        }
    }

    public Task DisposeAsync()
    {
        One?.Dispose();
        Three?.Dispose();
        return Task.CompletedTask;
    }
}

public class ProcessSweepTest(SiloProcessesFixture silos) : IClassFixture<SiloProcessesFixture>
{
    [Fact]
    public async Task Sweep_InProcessOneSiloThreeSilos_IdenticalJson()
    {
        var args = Requests.BdmArgs(runs: 3000, seed: 9);
        var inProcess = await CliRun.Of(args);
        var forecast = await CliRun.Of("forecast", CliRun.Fixture(Requests.Scenario), "--model", "bdm", "--runs", "3000", "--seed", "9", "--format", "json", "--no-save");
        var one = await CliRun.Of(silos.One.SweepArgs(args));
        var three = await CliRun.Of(silos.Three.SweepArgs(args));

        Assert.True(inProcess.ExitCode == 0, inProcess.ToString());
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(three.ExitCode == 0, three.ToString());
        Assert.Contains("\"runs\": 3000", inProcess.Stdout);
        Assert.Equal(inProcess.Stdout, forecast.Stdout);
        Assert.Equal(inProcess.Stdout, one.Stdout);
        Assert.Equal(inProcess.Stdout, three.Stdout);
        Assert.Contains("100% (6/6 batches folded", three.Stderr);
    }

    [Fact]
    public async Task Attach_SweepStartedByAnotherClient_PrintsTheSameResult()
    {
        var id = $"attach-{Guid.NewGuid():N}"[..16];
        await using (var starter = await Connect(silos.Three))
            Assert.Equal(SweepState.Running, (await starter.StartAsync(id, Requests.Bdm(runs: 2048, seed: 4))).State);

        var attached = await CliRun.Of(silos.Three.SweepArgs("sweep", "--attach", id, "--format", "json", "--no-save"));
        var inProcess = await CliRun.Of(Requests.BdmArgs(runs: 2048, seed: 4));

        Assert.True(attached.ExitCode == 0, attached.ToString());
        Assert.Equal(inProcess.Stdout, attached.Stdout);
    }

    [Fact]
    public async Task Cancel_ById_StopsTheSweep_AttachThenExits1()
    {
        var id = $"cancel-{Guid.NewGuid():N}"[..16];
        await using var client = await Connect(silos.Three);
        await client.StartAsync(id, Requests.Bdm(runs: 1_000_000, seed: 5));
        await Requests.WaitFor(client, id, s => s.RunningBySilo.Count > 0);

        var cancel = await CliRun.Of(silos.Three.SweepArgs("sweep", "--cancel", id));
        var attach = await CliRun.Of(silos.Three.SweepArgs("sweep", "--attach", id, "--no-save"));
        var status = await client.StatusAsync(id);

        Assert.True(cancel.ExitCode == 0, cancel.ToString());
        Assert.Matches($@"sweep {id} cancelled after \d+ of 1954 batches", cancel.Stderr);
        Assert.Equal(SweepState.Cancelled, status.State);
        Assert.Equal(1, attach.ExitCode);
        Assert.Contains($"plenum: sweep {id} was cancelled after", attach.Stderr);
    }

    [Fact]
    public async Task Cancel_UnknownId_Exit2()
    {
        var r = await CliRun.Of(silos.One.SweepArgs("sweep", "--cancel", "no-such-sweep"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("plenum: no sweep no-such-sweep on the cluster", r.Stderr);
    }

    [Fact]
    public async Task Sweep_NoReachableSilo_Exit1NamingTheGateway()
    {
        var port = SiloProcess.FreePorts(1)[0];
        var r = await CliRun.Of([.. Requests.BdmArgs(runs: 600, seed: 1), "--cluster", $"127.0.0.1:{port}"]);

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith($"plenum: no reachable silo at 127.0.0.1:{port}: ", r.Stderr);
    }

    [Fact]
    public async Task Sweep_ModelCannotRunOnTheSilo_Exit2NamingTheSilo()
    {
        // The exchange model needs two issues; only the silo finds out, since the client does not run the model.
        var r = await CliRun.Of(silos.One.SweepArgs("sweep", CliRun.Fixture(Requests.Scenario), "--model", "exchange", "--runs", "600", "--no-save"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"plenum: silo {silos.One.Silos[0].Name}: ", r.Stderr);
    }

    private static Task<SweepClient> Connect(SiloCluster cluster) =>
        SweepClient.ConnectAsync(cluster.Silos.Select(s => System.Net.IPEndPoint.Parse(s.Gateway)).ToList(), cluster.ClusterId, CancellationToken.None);
}
