using Plenum.Load;
using Xunit.Abstractions;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>
/// A short bounded load on a real <c>plenum serve</c> (bench/Plenum.Load; the long run and its figures are in
/// docs/reliability.md): 8 users for 5 s against a forecast queue of 2, each opening with a forecast of 200 Monte
/// Carlo runs, so 8 forecasts arrive at once for 1 worker and 2 places. Excess forecasts must be refused with
/// 429, nothing may answer 5xx or time out, and the server must still answer afterwards within the memory bound.
/// </summary>
[Trait("Category", "Load")]
public sealed class LoadTest(ITestOutputHelper output) : IDisposable
{
    /// <summary>Resident memory allowed after the load (docs/reliability.md): the server idles at 100–200 MiB.</summary>
    private const long MaxRssAfterMiB = 512;

    private readonly string _home = Path.Combine(Path.GetTempPath(), "plenum-load-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Serve_ForecastQueueSaturated_RefusesExcessWith429WithoutErrorsOrTimeouts()
    {
        Directory.CreateDirectory(_home);
        var accounts = new List<(string, string)> { ("load1", "load-password-1"), ("load2", "load-password-2") };
        foreach (var (name, password) in accounts) await ServerProcess.AddUserAsync(_home, null, name, password, "analyst");
        await using var server = await ServerProcess.StartAsync(_home, null, queue: 2, TimeSpan.FromMinutes(2));

        var report = await LoadRun.RunAsync(server, new LoadOptions(8, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(90), Runs: 200, OpenWithForecast: true),
            accounts, File.ReadAllText(CliRun.Fixture("two-actors.yaml")), TimeSpan.FromSeconds(2));

        output.WriteLine(report.Describe());
        Assert.Equal(0, report.ServerErrors);
        Assert.Equal(0, report.Timeouts);
        Assert.Equal(0, report.ConnectionFailures);
        Assert.True(report.Busy > 0, "no forecast was refused with 429 although the queue holds 2: " + report.Describe());
        Assert.True(report.AliveAfter, "the server did not answer after the load: " + server.Log);
        Assert.True(report.AfterKiB <= MaxRssAfterMiB * 1024, $"the server holds {report.AfterKiB / 1024} MiB after the load; the bound is {MaxRssAfterMiB} MiB");
    }

    public void Dispose()
    {
        if (Directory.Exists(_home)) Directory.Delete(_home, recursive: true);
    }
}
