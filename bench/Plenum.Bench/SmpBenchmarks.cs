using BenchmarkDotNet.Attributes;
using Plenum.Core.Models;
using Plenum.Core.Models.Smp;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Bench;

/// <summary>
/// KTAB's SMP at the sizes of issue 4: the whole run of 160 actors on one dimension (KTAB: 23.5 min) and one
/// turn of 1,000 actors on three dimensions, on one thread and on all cores. Figures in docs/performance/smp.md.
/// </summary>
[MemoryDiagnoser]
public class SmpBenchmarks
{
    private Scenario _actors160 = null!;
    private Scenario _actors1000 = null!;

    /// <summary>Worker threads: 1, or 0 for all cores.</summary>
    [Params(1, 0)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _actors160 = RandomSmpScenario(160, 1, 160);
        _actors1000 = RandomSmpScenario(1000, 3, 1000);
    }

    /// <summary>The whole run to KTAB's stopping rule, default options.</summary>
    [Benchmark]
    public ForecastResult WholeRun160x1() => Run(_actors160, 100);

    /// <summary>One turn (state 0 set up, one round of challenges, bargains and queues, state 1 set up).</summary>
    [Benchmark]
    public ForecastResult OneTurn1000x3() => Run(_actors1000, 1);

    private ForecastResult Run(Scenario scenario, int turns) =>
        SmpModel.Instance.Run(scenario, new ModelOptions(new Dictionary<string, string>
        {
            ["smp.maxTurns"] = turns.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["smp.threads"] = Threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }), RandomStream.FromSeed(1));

    /// <summary>Like KTAB's <c>--euSMP</c> generator: capabilities 10–200, total salience 0.75–0.99.</summary>
    internal static Scenario RandomSmpScenario(int actors, int dimensions, long seed)
    {
        var r = RandomStream.ForRun(seed, actors * 100 + dimensions);
        var b = new ScenarioBuilder($"random-{actors}x{dimensions}");
        for (var k = 0; k < dimensions; k++) b.Issue($"d{k}");
        for (var i = 0; i < actors; i++)
        {
            var total = 0.75 + 0.24 * r.NextDouble();
            var raw = Enumerable.Range(0, dimensions).Select(_ => 0.1 + 0.9 * r.NextDouble()).ToArray();
            var sum = raw.Sum();
            b.Actor($"a{i}", Math.Round(10 + 190 * r.NextDouble(), 1),
                Enumerable.Range(0, dimensions).Select(k => ($"d{k}", Math.Round(100 * r.NextDouble(), 2), Math.Round(100 * total * raw[k] / sum, 2))).ToArray());
        }
        return b.Build();
    }
}
