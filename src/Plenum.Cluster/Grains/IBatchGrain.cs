using Plenum.Cluster.Contracts;

namespace Plenum.Cluster.Grains;

/// <summary>
/// Computes one attempt at one batch; keyed <c>SWEEP/BATCH/ATTEMPT/COORDINATOR</c>, placed on the silo the
/// coordinator chose. Cancelling a sweep goes through the silos' ledgers (<see cref="ISweepLedgerGrain.FinishAsync"/>).
/// </summary>
public interface IBatchGrain : IGrainWithStringKey
{
    /// <summary>Runs the batch. Bad input and version mismatch come back as an outcome, not an exception.</summary>
    [ResponseTimeout("06:00:00")]
    Task<BatchOutcome> RunAsync(BatchWork work);
}
