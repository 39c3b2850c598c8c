using Plenum.Cluster.Tests.Support;

namespace Plenum.Cluster.Tests;

/// <summary>Three silo processes (development clustering, a fixture of this class's own); the test kills the coordinator's.</summary>
public class CoordinatorKillTest(DoomedClusterFixture fixture) : IClassFixture<DoomedClusterFixture>
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
