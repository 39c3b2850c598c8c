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

    /// <summary>
    /// Polls until <paramref name="done"/> holds for the status (or fails after 90 s, or <paramref name="limitSeconds"/>).
    /// Failed calls are retried: a silo the test killed may have been the gateway or the coordinator's silo.
    /// </summary>
    public static async Task<SweepStatus> WaitFor(Hosting.SweepClient client, string id, Func<SweepStatus, bool> done, int pollMs = 50, int limitSeconds = 90)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        SweepStatus? status = null;
        Exception? error = null;
        while (true)
        {
            try
            {
                status = await client.StatusAsync(id).WaitAsync(TimeSpan.FromSeconds(30));
                if (done(status)) return status;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error = e;
            }
            if (clock.Elapsed > TimeSpan.FromSeconds(limitSeconds))
                throw new TimeoutException($"sweep {id} never reached the state; last: {status?.ToString() ?? error?.Message}");
            await Task.Delay(pollMs);
        }
    }
}
