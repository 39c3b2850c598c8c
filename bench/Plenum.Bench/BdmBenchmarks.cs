using BenchmarkDotNet.Attributes;
using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Bench;

/// <summary>
/// Bueno de Mesquita's model: the EU-10 case over 50 rounds, and one round on random issues of growing size.
/// Targets (issue 3, this 2-core machine): EU-10 × 50 rounds &lt; 5 ms; 1,000 actors one round &lt; 100 ms;
/// 10,000 actors one round &lt; 15 s. Figures in docs/performance/bdm.md.
/// </summary>
[MemoryDiagnoser]
public class BdmBenchmarks
{
    private static readonly (string Actor, double Capability, double Position, double Salience)[] Eu10 =
    [
        ("Netherlands", 0.08, 4, 80), ("Belgium", 0.08, 7, 40), ("Luxembourg", 0.03, 4, 20), ("Germany", 0.16, 4, 80),
        ("France", 0.16, 10, 60), ("Italy", 0.16, 10, 60), ("UK", 0.16, 10, 90), ("Ireland", 0.05, 7, 10),
        ("Denmark", 0.05, 4, 100), ("Greece", 0.08, 7, 70),
    ];

    private Scenario _eu10 = null!;
    private readonly ModelOptions _fiftyRounds = new(new Dictionary<string, string> { ["bdm.rounds"] = "50", ["bdm.detail"] = "none" });
    private readonly ModelOptions _fiftyRoundsWithTables = new(new Dictionary<string, string> { ["bdm.rounds"] = "50" });

    [GlobalSetup]
    public void Setup()
    {
        var eu10 = new ScenarioBuilder("eu10").Issue("delay", 0, 12);
        foreach (var a in Eu10) eu10.Actor(a.Actor, a.Capability, ("delay", a.Position, a.Salience));
        _eu10 = eu10.Build();
    }

    /// <summary>EU-10, 50 rounds, no detail tables (the model alone).</summary>
    [Benchmark]
    public ForecastResult Eu10FiftyRounds() => BdmModel.Instance.Run(_eu10, _fiftyRounds, RandomStream.FromSeed(1));

    /// <summary>EU-10, 50 rounds, with the offers, expected-utilities and risk tables (the default for ≤ 60 actors).</summary>
    [Benchmark]
    public ForecastResult Eu10FiftyRoundsWithTables() => BdmModel.Instance.Run(_eu10, _fiftyRoundsWithTables, RandomStream.FromSeed(1));
}

/// <summary>One round of the model on random issues of growing size (see <see cref="BdmBenchmarks"/>).</summary>
[MemoryDiagnoser]
public class BdmRoundBenchmarks
{
    private Scenario _random = null!;
    private readonly ModelOptions _oneRound = new(new Dictionary<string, string> { ["bdm.rounds"] = "1" });

    /// <summary>Actors in the random issue.</summary>
    [Params(100, 1000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = RandomStream.FromSeed(2026);
        var b = new ScenarioBuilder("random").Issue("x");
        for (var i = 0; i < Actors; i++)
            b.Actor("a" + i, 1 + 99 * random.NextDouble(), ("x", 100 * random.NextDouble(), random.NextInt(101)));
        _random = b.Build();
    }

    /// <summary>One round on a random issue (all positions distinct: the worst case for the support matrix).</summary>
    [Benchmark]
    public ForecastResult OneRound() => BdmModel.Instance.Run(_random, _oneRound, RandomStream.FromSeed(1));
}

/// <summary>
/// One round with 10,000 actors (two 10,000 × 10,000 support matrices). Run it alone with <c>--job dry</c>:
/// <c>dotnet run -c Release --project bench/Plenum.Bench -- --filter '*BdmLargeRoundBenchmarks*' --job dry</c>.
/// </summary>
public class BdmLargeRoundBenchmarks : BdmRoundBenchmarks
{
    /// <summary>Actors in the random issue.</summary>
    [Params(10000)]
    public new int Actors { get => base.Actors; set => base.Actors = value; }
}
