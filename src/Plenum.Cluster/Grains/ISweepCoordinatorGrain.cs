using Plenum.Cluster.Contracts;

namespace Plenum.Cluster.Grains;

/// <summary>
/// Holds one sweep (keyed by its id): splits it into batches, dispatches them to silos, re-dispatches the
/// batches of silos that die or stall, folds the results in batch order and keeps the result for clients that
/// attach later.
/// </summary>
public interface ISweepCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Starts the sweep (a second start of the same id returns its status).</summary>
    Task<SweepStatus> StartAsync(SweepRequest request);

    /// <summary>Where the sweep stands; <see cref="SweepState.Unknown"/> if no sweep has this id.</summary>
    Task<SweepStatus> GetStatusAsync();

    /// <summary>Stops a running sweep; its batches in flight are cancelled.</summary>
    Task<SweepStatus> CancelAsync();

    /// <summary>The result of a completed sweep, or null.</summary>
    Task<SweepResult?> GetResultAsync();
}
