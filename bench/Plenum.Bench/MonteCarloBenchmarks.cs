using BenchmarkDotNet.Attributes;
using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Bench;

/// <summary>
/// Monte Carlo forecasts of the 1929 scenario (26 actors × 2 issues) with the BDM model, 20 rounds.
/// Target (issue 7, this 2-core machine): 10,000 runs in under 5 s; one → two threads at least 1.8×.
/// Figures in docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private Scenario _scenario = null!;
    private readonly ModelOptions _options = new(new Dictionary<string, string> { ["bdm.rounds"] = "20" }, seed: 1929);

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = Politburo1929.Load();

    /// <summary>1,000 Monte Carlo runs (the target is stated for 10,000: ten times this).</summary>
    [Benchmark]
    public ForecastResult ThousandRuns() => MonteCarloRunner.Run(BdmModel.Instance, _scenario, _options, 1000, Threads);
}

/// <summary>Finds and loads <c>scenarios/politburo-1929.yaml</c> from the repository, wherever the benchmark runs.</summary>
internal static class Politburo1929
{
    public static Scenario Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "scenarios", "politburo-1929.yaml");
            if (File.Exists(path))
                return ScenarioLoader.LoadFile(path).Scenario ?? throw new InvalidOperationException($"{path} does not load");
        }
        throw new FileNotFoundException("scenarios/politburo-1929.yaml not found above " + AppContext.BaseDirectory);
    }
}
