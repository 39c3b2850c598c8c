namespace Plenum.Cluster.Contracts;

/// <summary>One batch: runs <c>[FirstRun, EndRun)</c> of a sweep.</summary>
[GenerateSerializer, Immutable]
public sealed record BatchWork(
    [property: Id(0)] int ProtocolVersion,
    [property: Id(1)] string SweepId,
    [property: Id(2)] int Index,
    [property: Id(3)] int FirstRun,
    [property: Id(4)] int EndRun,
    [property: Id(5)] SweepRequest Request);

/// <summary>What a batch sent back: its partial fold, or why it could not run, and where it ran.</summary>
/// <param name="Partial">The <see cref="Core.Uncertainty.MonteCarloPartial"/> as bytes; null on failure.</param>
/// <param name="ComputeMs">Time spent computing, excluding waiting for a worker and messaging.</param>
/// <param name="WaitMs">Time the batch waited on the silo for a free worker (a batch sent ahead of one).</param>
[GenerateSerializer, Immutable]
public sealed record BatchOutcome(
    [property: Id(0)] string Silo,
    [property: Id(1)] byte[]? Partial,
    [property: Id(2)] SweepFailure Failure,
    [property: Id(3)] string? Error,
    [property: Id(4)] double ComputeMs,
    [property: Id(5)] double WaitMs = 0);

/// <summary>What a silo offers: its address, protocol and number of batch workers.</summary>
[GenerateSerializer, Immutable]
public sealed record SiloInfo(
    [property: Id(0)] string Silo,
    [property: Id(1)] int ProtocolVersion,
    [property: Id(2)] int Workers);
