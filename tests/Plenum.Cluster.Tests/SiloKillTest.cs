using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;
using Plenum.Cluster.Tests.Support;

namespace Plenum.Cluster.Tests;

/// <summary>Three silo processes, one of which the test kills with SIGKILL in the middle of a sweep.</summary>
public sealed class DoomedClusterFixture : IAsyncLifetime
{
    public SiloCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await SiloCluster.StartAsync(3, workers: 1);

    public Task DisposeAsync()
    {
        Cluster?.Dispose();
        return Task.CompletedTask;
    }
}

public class SiloKillTest(DoomedClusterFixture fixture) : IClassFixture<DoomedClusterFixture>
{
    [Fact]
    public async Task Sweep_SiloKilledMidSweep_NoBatchLostOrDuplicated_SameJson()
    {
        const int runs = 12_288;
        var cluster = fixture.Cluster;
        var id = $"kill-{Guid.NewGuid():N}"[..16];
        await using var client = await SweepClient.ConnectAsync(
            cluster.Silos.Select(s => System.Net.IPEndPoint.Parse(s.Gateway)).ToList(), cluster.ClusterId, CancellationToken.None);
        var started = await client.StartAsync(id, Requests.Bdm(runs, seed: 13));
        var watcher = CliRun.Of(cluster.SweepArgs("sweep", "--attach", id, "--format", "json", "--no-save"));

        // Kill a silo that is computing a batch, after some batches were folded: neither the primary (it holds
        // development clustering's membership) nor the coordinator's silo.
        var primary = cluster.Silos[0].Name;
        var during = await Requests.WaitFor(client, id, s => s.BatchesDone >= 2 && Victim(s, primary, cluster) is not null);
        var victim = Victim(during, primary, cluster)!;
        victim.KillHard();

        var attached = await watcher;
        var final = await client.StatusAsync(id);
        var inProcess = await CliRun.Of(Requests.BdmArgs(runs, seed: 13));

        Assert.True(attached.ExitCode == 0, attached.ToString());
        Assert.Equal(inProcess.Stdout, attached.Stdout);
        Assert.Equal(SweepState.Completed, final.State);
        Assert.Equal(24, final.Batches);
        Assert.Equal(24, final.BatchesDone);
        Assert.Equal(24, final.DoneBySilo.Values.Sum());
        Assert.True(final.Redispatched >= 1, $"expected the killed silo's batch to be sent again: {final}");
        Assert.True(final.DoneBySilo.Keys.All(k => k != victim.Name) || final.DoneBySilo[victim.Name] < 24);
        Assert.Equal(started.Coordinator, final.Coordinator);
    }

    private static SiloProcess? Victim(SweepStatus s, string primary, SiloCluster cluster) =>
        cluster.Silos.FirstOrDefault(silo => silo.Name != primary && silo.Name != s.Coordinator && s.RunningBySilo.GetValueOrDefault(silo.Name) > 0);
}
