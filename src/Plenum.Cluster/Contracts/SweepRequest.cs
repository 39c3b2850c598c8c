namespace Plenum.Cluster.Contracts;

/// <summary>
/// Everything a silo needs to compute any batch of a sweep: the scenario as the client read it (text, not an
/// object graph, so every silo parses it with its own Plenum), the what-ifs, the model and its options.
/// </summary>
/// <param name="ProtocolVersion">The client's <see cref="SweepProtocol.Version"/>.</param>
/// <param name="FileName">The scenario's file name, for messages and format detection.</param>
/// <param name="Format">An input format name (<c>--from</c>), or null to detect it.</param>
/// <param name="BatchTimeout">How long a batch may run before it is dispatched again elsewhere.</param>
[GenerateSerializer, Immutable]
public sealed record SweepRequest(
    [property: Id(0)] int ProtocolVersion,
    [property: Id(1)] string FileName,
    [property: Id(2)] string ScenarioText,
    [property: Id(3)] string? Format,
    [property: Id(4)] string[] WhatIf,
    [property: Id(5)] string Model,
    [property: Id(6)] Dictionary<string, string> Options,
    [property: Id(7)] long Seed,
    [property: Id(8)] int Runs,
    [property: Id(9)] int BatchSize,
    [property: Id(10)] TimeSpan BatchTimeout);
