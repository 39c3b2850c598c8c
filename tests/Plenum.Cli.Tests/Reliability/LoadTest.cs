using Plenum.Load;
using Xunit.Abstractions;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>
/// A short bounded load on a real <c>plenum serve</c> (bench/Plenum.Load; the long run and its figures are in
/// docs/reliability.md): 8 users for 5 s against a forecast queue of 2, each opening with a forecast of 200 Monte
/// Carlo runs, so 8 forecasts arrive at once for 1 worker and 2 places. Excess forecasts must be refused with
/// 429, nothing may answer 5xx or time out, and the server must still answer afterwards within the memory bound.
/// Once the queue has emptied and the server idles, it must trim its memory (<c>IdleMemoryTrimmer</c>) back to
/// within <see cref="MaxAboveBaselineMiB"/> of what it held before the load.
/// </summary>
[Trait("Category", "Load")]
public sealed class LoadTest(ITestOutputHelper output) : IDisposable
{
    /// <summary>Resident memory allowed after the load (docs/reliability.md): the server idles at 100–200 MiB.</summary>
    private const long MaxRssAfterMiB = 512;

    /// <summary>
    /// Resident memory the idle server may keep above its baseline after the trim: the code the first forecasts and
    /// reports compile and load (JIT code, ScottPlot and SkiaSharp) stays, about 20 MiB here; the heap the load used
    /// is given back (docs/reliability.md, "Load").
    /// </summary>
    private const long MaxAboveBaselineMiB = 64;

    /// <summary>A generous limit for the queued forecasts to finish and the idle trim to follow; a state is waited for, not a time.</summary>
    private static readonly TimeSpan TrimWithin = TimeSpan.FromMinutes(5);

    private const string TrimLine = "idle memory trim";

    private readonly string _home = Path.Combine(Path.GetTempPath(), "plenum-load-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Serve_ForecastQueueSaturated_RefusesExcessWith429WithoutErrorsOrTimeouts()
    {
        Directory.CreateDirectory(_home);
        var accounts = new List<(string, string)> { ("load1", "load-password-1"), ("load2", "load-password-2") };
        foreach (var (name, password) in accounts) await ServerProcess.AddUserAsync(_home, null, name, password, "analyst");
        // A 5 s load allocates about 70 MiB here, close to the default burst of 64 MiB: a lower one keeps the trim certain.
        await using var server = await ServerProcess.StartAsync(_home, null, queue: 2, TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["IdleTrimAfterMiB"] = "8" });

        var report = await LoadRun.RunAsync(server, new LoadOptions(8, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(90), Runs: 200, OpenWithForecast: true),
            accounts, File.ReadAllText(CliRun.Fixture("two-actors.yaml")), TimeSpan.FromSeconds(2));

        output.WriteLine(report.Describe());
        Assert.Equal(0, report.ServerErrors);
        Assert.Equal(0, report.Timeouts);
        Assert.Equal(0, report.ConnectionFailures);
        Assert.True(report.Busy > 0, "no forecast was refused with 429 although the queue holds 2: " + report.Describe());
        Assert.True(report.AliveAfter, "the server did not answer after the load: " + server.Log);
        Assert.True(report.AfterKiB <= MaxRssAfterMiB * 1024, $"the server holds {report.AfterKiB / 1024} MiB after the load; the bound is {MaxRssAfterMiB} MiB");

        // The queued forecasts finish, nothing more arrives: the server trims once it has been idle for its idle time.
        var trimsBefore = Count(server.Log, TrimLine);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Count(server.Log, TrimLine) == trimsBefore && waited.Elapsed < TrimWithin && server.IsRunning) await Task.Delay(500);
        Assert.True(Count(server.Log, TrimLine) > trimsBefore, $"the server did not trim its memory within {TrimWithin.TotalMinutes:0} min of idling: {server.Log}");
        var trimmed = server.RssKiB();
        output.WriteLine($"after the idle trim: {trimmed / 1024} MiB (baseline {report.BaselineKiB / 1024} MiB); server: " +
            string.Join(" / ", server.Log.Split('\n').Where(l => l.Contains(TrimLine, StringComparison.Ordinal)).Select(l => l.Trim())));
        Assert.True(trimmed <= report.BaselineKiB + MaxAboveBaselineMiB * 1024,
            $"after the idle trim the server holds {trimmed / 1024} MiB, more than {MaxAboveBaselineMiB} MiB above its baseline of {report.BaselineKiB / 1024} MiB");
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    public void Dispose()
    {
        if (Directory.Exists(_home)) Directory.Delete(_home, recursive: true);
    }
}
