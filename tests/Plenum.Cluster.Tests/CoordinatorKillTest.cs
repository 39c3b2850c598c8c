using Plenum.Cluster.Tests.Support;

namespace Plenum.Cluster.Tests;

/// <summary>Three silo processes (development clustering), one of which holds the coordinator the test kills.</summary>
public sealed class CoordinatorClusterFixture : IAsyncLifetime
{
    public SiloCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await SiloCluster.StartAsync(3, workers: 1);

    public Task DisposeAsync()
    {
        Cluster?.Dispose();
        return Task.CompletedTask;
    }
}

public class CoordinatorKillTest(CoordinatorClusterFixture fixture) : IClassFixture<CoordinatorClusterFixture>
{
    [Fact]
    public async Task Sweep_CoordinatorSiloKilledMidSweep_TakenOverNoBatchLostOrDuplicated_SameJson()
    {
        // Development clustering keeps the membership list on the first silo, so that one must stay.
        var primary = fixture.Cluster.Silos[0].Name;
        var outcome = await CoordinatorKill.RunAsync(fixture.Cluster, seed: 17, silo => silo.Name != primary);

        CoordinatorKill.AssertTakenOverWithTheSameResult(outcome);
    }
}
