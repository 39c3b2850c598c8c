namespace Plenum.Storage.Tests;

/// <summary>Sample runs for the tests.</summary>
internal static class Runs
{
    public static readonly DateTimeOffset March20 = new(1929, 3, 20, 10, 0, 0, TimeSpan.Zero);

    public const string SmallResult = """{"scenario":"politburo-1929","results":[{"model":"bdm","issues":[{"id":"line","forecast":31.5}]}]}""";

    public static RunRecord Sample(
        string scenario = "politburo-1929",
        IReadOnlyList<string>? models = null,
        DateTimeOffset? createdAt = null,
        string resultJson = SmallResult) => new()
    {
        CreatedAt = createdAt ?? March20,
        ScenarioId = scenario,
        ScenarioHash = ScenarioHash.Of($"id: {scenario}\n"),
        Models = models ?? ["bdm"],
        Options = new Dictionary<string, string> { ["bdm.rounds"] = "10", ["bdm.profile"] = "scholz" },
        Seed = 42,
        MonteCarloRuns = 1000,
        DurationMs = 123.25,
        Timings = new Dictionary<string, double> { ["load"] = 3.5, ["bdm"] = 118.75 },
        PlenumVersion = "0.1.0+abc1234",
        ResultJson = resultJson,
    };
}
