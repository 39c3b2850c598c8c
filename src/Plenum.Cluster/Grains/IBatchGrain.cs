using Orleans.Concurrency;
using Plenum.Cluster.Contracts;

namespace Plenum.Cluster.Grains;

/// <summary>Computes one attempt at one batch; keyed <c>SWEEP/BATCH/ATTEMPT</c>, placed on the silo the coordinator chose.</summary>
public interface IBatchGrain : IGrainWithStringKey
{
    /// <summary>Runs the batch. Bad input and version mismatch come back as an outcome, not an exception.</summary>
    [ResponseTimeout("06:00:00")]
    Task<BatchOutcome> RunAsync(BatchWork work);

    /// <summary>Stops the batch early (the sweep was cancelled).</summary>
    [AlwaysInterleave]
    Task CancelAsync();
}
