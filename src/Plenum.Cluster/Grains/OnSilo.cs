using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Plenum.Cluster.Grains;

/// <summary>
/// Calls a per-silo grain (keyed by the silo's address) so that it is activated on that silo: the call carries
/// Orleans' placement hint naming the silo.
/// </summary>
internal static class OnSilo
{
    /// <summary>The grain of <paramref name="silo"/> with this interface.</summary>
    public static TGrain Grain<TGrain>(IGrainFactory grains, SiloAddress silo) where TGrain : IGrainWithStringKey =>
        grains.GetGrain<TGrain>(silo.ToParsableString());

    /// <summary>Makes <paramref name="call"/> with the placement hint set to <paramref name="silo"/>.</summary>
    public static Task<T> Call<T>(SiloAddress silo, Func<Task<T>> call)
    {
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
        try
        {
            return call();
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
    }

    /// <summary>Makes <paramref name="call"/> with the placement hint set to <paramref name="silo"/>.</summary>
    public static Task Call(SiloAddress silo, Func<Task> call) => Call(silo, async () =>
    {
        await call();
        return true;
    });
}
