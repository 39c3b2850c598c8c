using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Plenum.Storage;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>
/// Kills the CLI with SIGKILL at random points of forecasts, Monte Carlo sweeps, evidence ingestion, run deletions and
/// first-use migrations, and after every kill checks that the store is whole (<see cref="StoreChecks"/>, and every
/// evidence document whole: <see cref="EvidenceChecks"/>) and still holds every run and document the CLI reported saved.
/// </summary>
/// <param name="spec">The store the forecasts and deletions use.</param>
/// <param name="freshStore">Makes a new, empty store location for a migration kill; returns its <c>--store</c> value.</param>
/// <param name="storeExists">Whether a location exists at all (an SQLite file may not be created before the kill).</param>
internal sealed partial class KillCampaign(string spec, Func<Task<string>> freshStore, Func<string, bool> storeExists, string home)
{
    private readonly List<long> _reported = [];
    private readonly List<string> _documents = [];
    private int _files;

    /// <summary>Runs the kills; <paramref name="progress"/> sees the figures after each one (a campaign cut short keeps them).</summary>
    public async Task<KillFigures> RunAsync(int kills, int seed, Action<KillFigures>? progress = null)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        // Two forecasts left to finish: the first creates the schema (and warms the disk cache), the second's
        // length sets the range of kill points.
        CliProcessEnd first = null!;
        for (var warm = 0; warm < 2; warm++)
        {
            first = await CliProcess.RunAsync(Forecast(spec, 20), null, home);
            Assert.True(first.ExitCode == 0, "the calibration forecast failed: " + first.Stderr);
            _reported.Add(SavedId(first.Stderr) ?? throw new InvalidOperationException("the forecast did not report its run id: " + first.Stderr));
        }
        var figures = new KillFigures(first.Elapsed, seed);

        for (var i = 0; i < kills; i++)
        {
            var fraction = 0.2 + random.NextDouble() * 0.9;
            var delay = first.Elapsed * fraction;
            var action = random.Next(20) switch { < 8 => "forecast", < 10 => "sweep", < 14 => "evidence", < 17 => "delete", _ => "migration" };
            if (action == "delete" && _reported.Count == 0) action = "forecast";
            var outcome = action switch
            {
                "forecast" => await KillForecastAsync(delay, random),
                "sweep" => await KillSweepAsync(delay, random),
                "evidence" => await KillEvidenceAsync(delay, random),
                "delete" => await KillDeleteAsync(delay, random),
                _ => await KillMigrationAsync(delay),
            };
            figures.Add(outcome, fraction);

            var report = await CheckAsync(spec);
            Assert.True(report.IsClean, $"kill {i + 1} ({outcome}, at {fraction:P0}): {string.Join("; ", report.Problems)}");
            var present = await IdsAsync(spec);
            var lost = _reported.Where(id => !present.Contains(id)).ToList();
            Assert.True(lost.Count == 0, $"kill {i + 1} ({outcome}): runs {string.Join(", ", lost)} were reported saved but are gone");
            var documents = await EvidenceChecks.CheckAsync(spec, _documents);
            Assert.True(documents.Count == 0, $"kill {i + 1} ({outcome}): {string.Join("; ", documents)}");
            figures.Checks++;
            progress?.Invoke(figures);
        }
        figures.Runs = (await IdsAsync(spec)).Count;
        figures.Wall = clock.Elapsed;
        return figures;
    }

    private async Task<string> KillForecastAsync(TimeSpan delay, Random random)
    {
        var before = await IdsAsync(spec);
        var end = await CliProcess.RunAsync(Forecast(spec, random.Next(3) switch { 0 => 1, 1 => 20, _ => 200 }), delay, home);
        var saved = SavedId(end.Stderr);
        if (saved is { } id) _reported.Add(id);
        if (!end.Killed)
        {
            Assert.True(end.ExitCode == 0, "an unkilled forecast failed: " + end.Stderr);
            return "forecast: finished before the kill";
        }
        if (saved is not null) return "forecast: killed after saving and reporting";
        var after = await IdsAsync(spec);
        return after.Except(before).Any() ? "forecast: killed after the commit, before reporting" : "forecast: killed before the commit";
    }

    private async Task<string> KillSweepAsync(TimeSpan delay, Random random)
    {
        var before = await IdsAsync(spec);
        var runs = random.Next(2) == 0 ? "512" : "2048";
        var end = await CliProcess.RunAsync(["sweep", CliRun.Fixture("two-actors.yaml"), "--model", "bdm", "--runs", runs, "--store", spec], delay, home);
        var saved = SavedId(end.Stderr);
        if (saved is { } id) _reported.Add(id);
        if (!end.Killed)
        {
            Assert.True(end.ExitCode == 0, "an unkilled sweep failed: " + end.Stderr);
            return "sweep: finished before the kill";
        }
        if (saved is not null) return "sweep: killed after saving and reporting";
        return (await IdsAsync(spec)).Except(before).Any() ? "sweep: killed after the commit, before reporting" : "sweep: killed before the commit";
    }

    private async Task<string> KillEvidenceAsync(TimeSpan delay, Random random)
    {
        var file = EvidenceChecks.WriteDocument(home, ++_files, random);
        var before = await EvidenceChecks.IdsAsync(spec);
        var end = await CliProcess.RunAsync(["evidence", "add", file, "--source-id", "crash", "--author", "unknown", "--publisher", "unknown", "--date", "1929-03-20", "--scenario", CliRun.Fixture("two-actors.yaml"), "--store", spec], delay, home);
        var added = EvidenceChecks.AddedId(end.Stdout);
        if (added is not null) _documents.Add(added);
        if (!end.Killed)
        {
            Assert.True(end.ExitCode == 0 && added is not null, "an unkilled evidence add failed: " + end.Stderr);
            return "evidence: finished before the kill";
        }
        if (added is not null) return "evidence: killed after saving and reporting";
        return (await EvidenceChecks.IdsAsync(spec)).Except(before).Any() ? "evidence: killed after the commit, before reporting" : "evidence: killed before the commit";
    }

    private async Task<string> KillDeleteAsync(TimeSpan delay, Random random)
    {
        var id = _reported[random.Next(_reported.Count)];
        _reported.Remove(id);
        var end = await CliProcess.RunAsync(["runs", "delete", id.ToString(CultureInfo.InvariantCulture), "--store", spec], delay, home);
        var gone = !(await IdsAsync(spec)).Contains(id);
        if (!end.Killed)
        {
            Assert.True(end.ExitCode == 0 && gone, $"an unkilled delete of run {id} failed: {end.Stderr}");
            return "delete: finished before the kill";
        }
        return gone ? "delete: killed after the commit" : "delete: killed before the commit";
    }

    private async Task<string> KillMigrationAsync(TimeSpan delay)
    {
        var fresh = await freshStore();
        var end = await CliProcess.RunAsync(Forecast(fresh, 1), delay, home);
        if (!storeExists(fresh)) return "migration: killed before the store file existed";
        var report = await CheckAsync(fresh);
        Assert.True(report.IsClean, $"migration kill: {string.Join("; ", report.Problems)}");
        Assert.True(report.SchemaVersion == 0 || report.SchemaVersion == report.KnownVersion, $"migration kill left schema version {report.SchemaVersion}");
        if (!end.Killed)
        {
            Assert.True(end.ExitCode == 0, "an unkilled first-use forecast failed: " + end.Stderr);
            return "migration: finished before the kill";
        }
        return report.SchemaVersion == 0 ? "migration: killed before the schema commit" : "migration: killed after the schema commit";
    }

    private static string[] Forecast(string store, int runs) =>
        ["forecast", CliRun.Fixture("two-actors.yaml"), "--model", "bdm,mean", "--runs", runs.ToString(CultureInfo.InvariantCulture), "--store", store];

    private static long? SavedId(string stderr) =>
        SavedLine().Match(stderr) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static async Task<StoreCheckReport> CheckAsync(string store)
    {
        await using var opened = RunStores.Open(store);
        return await StoreChecks.CheckAsync(opened);
    }

    private static async Task<HashSet<long>> IdsAsync(string store)
    {
        await using var opened = RunStores.Open(store);
        return (await opened.ListAsync(new RunQuery { Limit = 10_000 })).Select(r => r.Id).ToHashSet();
    }

    [GeneratedRegex(@"^saved as run (\d+) in ", RegexOptions.Multiline)]
    private static partial Regex SavedLine();
}
