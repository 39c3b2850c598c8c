using System.Diagnostics;

namespace Plenum.Storage.Tests;

/// <summary>
/// The test assembly's entry point, used only to write runs from another process:
/// <c>dotnet Plenum.Storage.Tests.dll write-runs STORE COUNT SCENARIO</c>. The test host never calls it.
/// </summary>
public static class WriterProcess
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["write-runs", var spec, var count, var scenario]) return 2;
        await using var store = RunStores.Open(spec);
        for (var i = 0; i < int.Parse(count); i++)
            await store.SaveAsync(Runs.Sample(scenario: scenario, models: ["bdm", "smp"]));
        return 0;
    }

    /// <summary>Starts a writer process; the caller awaits <see cref="Process.WaitForExitAsync"/>.</summary>
    public static Process Start(string spec, int count, string scenario)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(WriterProcess).Assembly.Location, "write-runs", spec, count.ToString(), scenario })
            start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the writer process");
    }
}
