namespace Plenum.Cluster.Grains;

/// <summary>Answers for the silo it lives on (keyed by that silo's address).</summary>
public interface ISiloInfoGrain : IGrainWithStringKey
{
    /// <summary>The silo's address, protocol version and batch workers.</summary>
    Task<Contracts.SiloInfo> GetAsync();
}
