namespace Plenum.Cluster.Contracts;

/// <summary>A completed sweep: its request (so a re-attached client can rebuild the scenario) and the exact fold.</summary>
/// <param name="Accumulator">The <see cref="Core.Uncertainty.MonteCarloAccumulator"/> over every run, as bytes.</param>
[GenerateSerializer, Immutable]
public sealed record SweepResult(
    [property: Id(0)] SweepRequest Request,
    [property: Id(1)] byte[] Accumulator,
    [property: Id(2)] SweepStatus Status);
