using Plenum.Cluster.Contracts;

namespace Plenum.Cluster.Tests.Support;

/// <summary>Sweep requests as <c>plenum sweep</c> builds them.</summary>
internal static class Requests
{
    public const string Scenario = "six-actors.yaml";

    public static SweepRequest Bdm(int runs, long seed, int batchSize = 512, int protocol = SweepProtocol.Version, string? text = null) =>
        new(protocol, Scenario, text ?? File.ReadAllText(CliRun.Fixture(Scenario)), null, [], "bdm",
            new Dictionary<string, string>(StringComparer.Ordinal), seed, runs, batchSize, TimeSpan.FromMinutes(30));

    /// <summary>The CLI arguments of the same sweep, JSON on stdout, nothing saved.</summary>
    public static string[] BdmArgs(int runs, long seed, int batchSize = 512) =>
        ["sweep", CliRun.Fixture(Scenario), "--model", "bdm", "--runs", $"{runs}", "--seed", $"{seed}", "--batch-size", $"{batchSize}", "--format", "json", "--no-save"];

    /// <summary>Polls until <paramref name="done"/> holds for the status (or fails after a minute).</summary>
    public static async Task<SweepStatus> WaitFor(Hosting.SweepClient client, string id, Func<SweepStatus, bool> done, int pollMs = 50)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var status = await client.StatusAsync(id);
            if (done(status)) return status;
            if (clock.Elapsed > TimeSpan.FromSeconds(90)) throw new TimeoutException($"sweep {id} never reached the state; last: {status}");
            await Task.Delay(pollMs);
        }
    }
}
