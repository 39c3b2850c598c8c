using Orleans.Concurrency;
using Plenum.Cluster.Contracts;

namespace Plenum.Cluster.Grains;

/// <summary>
/// The <see cref="Hosting.SweepLedger"/> of the silo it lives on (keyed by that silo's address, placed there with
/// <see cref="OnSilo"/>): coordinators announce their sweeps and final states to it, and a coordinator taking over
/// a lost sweep reads it back.
/// </summary>
public interface ISweepLedgerGrain : IGrainWithStringKey
{
    /// <summary>Holds the sweep on this silo; returns this silo's name.</summary>
    [AlwaysInterleave]
    Task<string> HoldAsync(string sweepId, SweepRequest request, DateTimeOffset started, int takeovers);

    /// <summary>What this silo holds of the sweep, or null.</summary>
    [AlwaysInterleave]
    Task<SweepHolding?> GetAsync(string sweepId);

    /// <summary>Records the sweep's final state; a cancelled or failed sweep stops its batches on this silo.</summary>
    [AlwaysInterleave]
    Task FinishAsync(string sweepId, SweepState state, SweepFailure failure, string? error);
}
