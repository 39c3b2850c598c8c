namespace Plenum.Cluster.Contracts;

/// <summary>
/// What one silo holds of a sweep: the request, the batches it computed (their partial folds, kept until the sweep
/// has been over for a while) and the batches it is computing. A coordinator that takes over a sweep whose
/// coordinator's silo died rebuilds the sweep from the holdings of the surviving silos.
/// </summary>
/// <param name="Silo">The silo, as <c>host:port</c>.</param>
/// <param name="Started">When the sweep was first started, for its elapsed time.</param>
/// <param name="State">Running, or the final state the coordinator announced.</param>
/// <param name="Running">Indexes of the batches this silo is computing now.</param>
/// <param name="Takeovers">How many coordinators have taken the sweep over so far, as announced to this silo.</param>
[GenerateSerializer, Immutable]
public sealed record SweepHolding(
    [property: Id(0)] string Silo,
    [property: Id(1)] SweepRequest Request,
    [property: Id(2)] DateTimeOffset Started,
    [property: Id(3)] SweepState State,
    [property: Id(4)] SweepFailure Failure,
    [property: Id(5)] string? Error,
    [property: Id(6)] HeldBatch[] Done,
    [property: Id(7)] int[] Running,
    [property: Id(8)] int Takeovers);

/// <summary>One computed batch: its index, its partial fold as bytes and the time spent computing it.</summary>
[GenerateSerializer, Immutable]
public sealed record HeldBatch(
    [property: Id(0)] int Index,
    [property: Id(1)] byte[] Partial,
    [property: Id(2)] double ComputeMs,
    [property: Id(3)] double WaitMs = 0);
