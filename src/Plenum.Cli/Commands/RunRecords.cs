using Plenum.Cli.Presenters;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using Plenum.Storage;

namespace Plenum.Cli.Commands;

/// <summary>Builds the record of a forecast for the store: what was run, on which exact text, and what came out.</summary>
internal static class RunRecords
{
    public static RunRecord For(string file, Scenario scenario, IReadOnlyList<ForecastResult> results, ModelOptions options, int runs, double elapsedMs, string? scenarioText = null) => new()
    {
        CreatedAt = DateTimeOffset.UtcNow,
        ScenarioId = scenario.Id,
        ScenarioHash = ScenarioHash.Of(scenarioText ?? (File.Exists(file) ? File.ReadAllText(file) : ScenarioYamlWriter.ToYaml(scenario))),
        Models = results.Select(r => r.Model).ToList(),
        Options = options.Values,
        Seed = options.Seed,
        MonteCarloRuns = runs,
        DurationMs = elapsedMs,
        PlenumVersion = typeof(RunRecords).Assembly.GetName().Version?.ToString() ?? "0",
        ResultJson = ForecastJson.Write(results, indented: false),
    };
}
