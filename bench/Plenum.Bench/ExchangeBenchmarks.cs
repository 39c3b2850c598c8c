using BenchmarkDotNet.Attributes;
using Plenum.Core.Models;
using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Bench;

/// <summary>
/// The exchange model, 10 rounds of equal gain: a COP21-sized data set (15 actors × 13 issues; Decide takes
/// ~32 s on it) and a large one (200 × 30). Figures in <c>docs/performance/exchange.md</c>.
/// </summary>
[MemoryDiagnoser]
public class ExchangeBenchmarks
{
    private Scenario _cop21Sized = null!;
    private Scenario _large = null!;
    private readonly ModelOptions _options = new(new Dictionary<string, string> { ["exchange.rounds"] = "10" });
    private readonly ModelOptions _oneRound = new(new Dictionary<string, string> { ["exchange.rounds"] = "1" });

    [GlobalSetup]
    public void Setup()
    {
        _cop21Sized = RandomScenario(15, 13, 21);
        _large = RandomScenario(200, 30, 200);
    }

    /// <summary>
    /// A fixed scalar loop (10⁸ dependent additions, ~0.1 s on an idle core) measured in the same run, so figures
    /// taken on a loaded machine can be read against the machine's speed at that moment.
    /// </summary>
    [Benchmark(Baseline = true)]
    public double Calibration_100M_Adds()
    {
        double sum = 0;
        for (var k = 0; k < 100_000_000; k++) sum += k * 1e-9;
        return sum;
    }

    [Benchmark]
    public ForecastResult EqualGain_15x13_10Rounds() => ExchangeModel.Instance.Run(_cop21Sized, _options, RandomStream.FromSeed(1));

    /// <summary>One round of the large case (the figure earlier versions were measured by).</summary>
    [Benchmark]
    public ForecastResult EqualGain_200x30_1Round() => ExchangeModel.Instance.Run(_large, _oneRound, RandomStream.FromSeed(1));

    [Benchmark]
    public ForecastResult EqualGain_200x30_10Rounds() => ExchangeModel.Instance.Run(_large, _options, RandomStream.FromSeed(1));

    /// <summary>Uniform positions (0–100), saliences (5–100) and capabilities (0.1–1.1), every actor on every issue.</summary>
    internal static Scenario RandomScenario(int actors, int issues, long seed)
    {
        var random = RandomStream.FromSeed(seed);
        var builder = new ScenarioBuilder($"random-{actors}x{issues}");
        for (var d = 0; d < issues; d++) builder.Issue($"issue-{d}");
        for (var a = 0; a < actors; a++)
            builder.Actor($"actor-{a}", 0.1 + random.NextDouble(),
                Enumerable.Range(0, issues).Select(d => ($"issue-{d}", Math.Round(100 * random.NextDouble()), 5 + Math.Round(95 * random.NextDouble()))).ToArray());
        return builder.Build();
    }
}
