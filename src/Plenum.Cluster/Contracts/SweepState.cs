namespace Plenum.Cluster.Contracts;

/// <summary>Where a sweep stands.</summary>
public enum SweepState
{
    /// <summary>No sweep of this id on the cluster (never started, or its coordinator's silo stopped).</summary>
    Unknown,
    Running,
    Completed,
    Failed,
    Cancelled,
}

/// <summary>Why a sweep failed; decides the exit code.</summary>
public enum SweepFailure
{
    None,
    /// <summary>The scenario, model or options cannot run (exit 2).</summary>
    BadInput,
    /// <summary>Client and silo speak different sweep protocols (exit 1).</summary>
    VersionMismatch,
    /// <summary>Anything else at run time (exit 1).</summary>
    Failure,
}
