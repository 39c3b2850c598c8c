namespace Plenum.Cluster.Contracts;

/// <summary>A snapshot of a sweep, as the coordinator sees it.</summary>
/// <param name="Silos">The silos batches are dispatched to, as <c>host:port</c>.</param>
/// <param name="DoneBySilo">Batches completed per silo (the first completion of each batch).</param>
/// <param name="RunningBySilo">Batch calls in flight per silo: the batches its workers compute and those sent ahead to wait for them.</param>
/// <param name="Redispatched">Batches sent again because their silo died, the call failed or timed out.</param>
/// <param name="DuplicatesIgnored">Completions of batches already folded (a re-dispatched batch finishing twice).</param>
/// <param name="OverheadMs">Summed coordination time of the completed batches: call time minus compute time and minus the time a batch sent ahead waited on its silo for a worker.</param>
/// <param name="ComputeMs">Summed compute time of the completed batches.</param>
/// <param name="RecoveredBatches">Batches a coordinator that took the sweep over (its predecessor's silo died) found
/// computed on the surviving silos, rather than receiving them itself; they have no coordination time.</param>
/// <param name="Takeovers">How many times a new coordinator took the sweep over.</param>
[GenerateSerializer, Immutable]
public sealed record SweepStatus(
    [property: Id(0)] string Id,
    [property: Id(1)] SweepState State,
    [property: Id(2)] int Runs,
    [property: Id(3)] int RunsDone,
    [property: Id(4)] int Batches,
    [property: Id(5)] int BatchesDone,
    [property: Id(6)] string Coordinator,
    [property: Id(7)] string[] Silos,
    [property: Id(8)] Dictionary<string, int> DoneBySilo,
    [property: Id(9)] Dictionary<string, int> RunningBySilo,
    [property: Id(10)] int Redispatched,
    [property: Id(11)] int DuplicatesIgnored,
    [property: Id(12)] double OverheadMs,
    [property: Id(13)] double ComputeMs,
    [property: Id(14)] TimeSpan Elapsed,
    [property: Id(15)] SweepFailure Failure,
    [property: Id(16)] string? Error,
    [property: Id(17)] int RecoveredBatches = 0,
    [property: Id(18)] int Takeovers = 0)
{
    /// <summary>Whether the sweep has stopped (completed, failed or cancelled) or is unknown.</summary>
    public bool IsFinal => State != SweepState.Running;
}
