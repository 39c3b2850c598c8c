using System.Net;

namespace Plenum.Cluster.Hosting;

/// <summary>How a silo joins a cluster.</summary>
/// <param name="Address">The address other silos and clients reach this silo on (127.0.0.1 by default).</param>
/// <param name="SeedNode">Development clustering: the primary silo's silo endpoint (this silo when null).</param>
/// <param name="Redis">Redis membership (a StackExchange.Redis configuration string) instead of development clustering.</param>
/// <param name="Workers">Batches this silo computes at once (one core each).</param>
public sealed record SiloSettings(
    IPAddress Address,
    int SiloPort,
    int GatewayPort,
    IPEndPoint? SeedNode,
    string? Redis,
    int Workers,
    string ClusterId = SweepProtocol.DefaultClusterId);
