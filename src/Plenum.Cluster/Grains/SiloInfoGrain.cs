using Orleans.Placement;
using Orleans.Runtime;
using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;

namespace Plenum.Cluster.Grains;

/// <summary>Reports the silo it was placed on (random placement honours the coordinator's placement hint).</summary>
[RandomPlacement]
internal sealed class SiloInfoGrain(ILocalSiloDetails local, BatchSlots slots) : Grain, ISiloInfoGrain
{
    public Task<SiloInfo> GetAsync() => Task.FromResult(new SiloInfo(SiloNames.Of(local.SiloAddress), SweepProtocol.Version, slots.Workers));
}
