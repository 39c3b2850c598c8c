namespace Plenum.Cluster;

/// <summary>
/// The version of the sweep messages between clients and silos. Every request carries it and every silo
/// refuses another, so a client and a silo from different Plenum releases fail with a clear message instead of
/// computing different answers.
/// </summary>
public static class SweepProtocol
{
    /// <summary>Raised whenever a message, the scenario reading or the Monte Carlo fold changes meaning.</summary>
    public const int Version = 3;

    /// <summary>Cluster and service id used when none is given.</summary>
    public const string DefaultClusterId = "plenum";

    /// <summary>Runs per batch when none is given: four blocks of 512, a few seconds of BDM work.</summary>
    public const int DefaultBatchSize = 2048;
}
