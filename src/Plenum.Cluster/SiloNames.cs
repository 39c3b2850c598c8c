using Orleans.Runtime;

namespace Plenum.Cluster;

/// <summary>How messages name a silo: <c>host:port</c> of its silo endpoint.</summary>
public static class SiloNames
{
    /// <summary>The silo's <c>host:port</c>.</summary>
    public static string Of(SiloAddress silo) => silo.Endpoint.ToString();
}
