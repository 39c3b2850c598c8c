using System.Text;
using Microsoft.Data.Sqlite;
using Plenum.Storage;
using Plenum.Storage.Accounts;
using Plenum.Storage.Backups;
using Xunit.Abstractions;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>
/// Crash safety of <c>plenum import</c>: the built CLI is killed with SIGKILL at random points of importing a
/// backup of a few hundred runs into a store that already holds a run. After every kill the store must be whole
/// and hold either nothing of the backup (and take the same import again) or all of it, never part.
/// <c>PLENUM_BACKUP_KILLS</c> sets the kills per back end (default 6); <c>PLENUM_CRASH_SEED</c> the seed.
/// </summary>
[Trait("Category", "CrashSafety")]
public sealed class BackupCrashSafetyTest(TestPostgres postgres, ITestOutputHelper output) : IClassFixture<TestPostgres>, IDisposable
{
    private const int BackupRuns = 300;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-backup-crash-" + Guid.NewGuid().ToString("N"));
    private int _stores;

    private static int Kills => int.TryParse(Environment.GetEnvironmentVariable("PLENUM_BACKUP_KILLS"), out var k) && k > 0 ? k : 6;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PLENUM_CRASH_SEED"), out var s) ? s : 1929;

    [Fact]
    public async Task Sqlite_ImportKilledAtRandomPoints_AllOrNothing()
    {
        Directory.CreateDirectory(_folder);
        await RunCampaignAsync("SQLite", () => Task.FromResult(Path.Combine(_folder, $"target-{++_stores}.db")));
    }

    [Fact]
    public async Task Postgres_ImportKilledAtRandomPoints_AllOrNothing()
    {
        if (postgres.Missing is { } missing)
        {
            if (TestPostgres.InCi) throw new InvalidOperationException(missing);
            output.WriteLine("not run: " + missing);
            return;
        }
        Directory.CreateDirectory(_folder);
        await RunCampaignAsync("PostgreSQL", postgres.NewSchemaAsync);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private async Task RunCampaignAsync(string backend, Func<Task<string>> freshStore)
    {
        var archive = await BackupOfManyRunsAsync();
        var random = new Random(Seed);
        // Two whole imports; the faster (warm disk cache, the CLI's code already read once) sets the kill range.
        var calibrations = new List<CliProcessEnd>();
        for (var warm = 0; warm < 2; warm++)
        {
            var calibration = await ImportAsync(await TargetAsync(freshStore), archive, null);
            Assert.True(calibration.ExitCode == 0, "the calibration import failed: " + calibration.Stderr);
            calibrations.Add(calibration);
        }
        var whole = calibrations.MinBy(c => c.Elapsed)!;
        int none = 0, all = 0;
        var points = new List<string>();
        for (var i = 0; i < Kills; i++)
        {
            var target = await TargetAsync(freshStore);
            var fraction = 0.2 + random.NextDouble() * 0.9;
            var end = await ImportAsync(target, archive, whole.Elapsed * fraction);
            Assert.True(end.Killed || end.ExitCode == 0, $"kill {i + 1}: the import failed on its own: {end.Stderr}");

            var imported = await StateAsync(target, $"kill {i + 1} at {fraction:P0}");
            if (imported) all++;
            else
            {
                none++;
                var retry = await ImportAsync(target, archive, null);
                Assert.True(retry.ExitCode == 0, $"kill {i + 1}: the import did not succeed after the kill: {retry.Stderr}");
                Assert.True(await StateAsync(target, $"retry after kill {i + 1}"), "the retried import left the backup out");
            }
            points.Add($"{fraction:P0} {(end.Killed ? "killed" : "finished")} {(imported ? "all" : "nothing")}");
        }
        output.WriteLine($"{backend}: {Kills} kills (seed {Seed}) of an import of {BackupRuns} runs taking {whole.Elapsed.TotalSeconds:F1} s whole: " +
                         $"{none} left nothing (and the retry imported all), {all} left all, 0 left part; {string.Join(", ", points)}");
        Assert.Equal(Kills, none + all);
    }

    /// <summary>The store is whole and holds the backup entirely (true) or not at all (false); anything else fails.</summary>
    private static async Task<bool> StateAsync(string spec, string when)
    {
        await using var store = RunStores.Open(spec);
        var report = await StoreChecks.CheckAsync(store);
        Assert.True(report.IsClean, $"{when}: {string.Join("; ", report.Problems)}");
        var workspace = await AccountStore.For(store).FindWorkspaceAsync("restored");
        var runs = (await store.ListAsync(new RunQuery { Limit = 10_000 })).Count;
        if (workspace is null)
        {
            Assert.True(runs == 1, $"{when}: the workspace was not imported, but the store holds {runs} runs instead of 1");
            return false;
        }
        var restored = (await store.ListAsync(new RunQuery { Limit = 10_000, WorkspaceId = workspace.Id })).Count;
        Assert.True(restored == BackupRuns && runs == BackupRuns + 1, $"{when}: the workspace holds {restored} of {BackupRuns} runs");
        return true;
    }

    private Task<CliProcessEnd> ImportAsync(string target, string archive, TimeSpan? killAfter) =>
        CliProcess.RunAsync(["import", archive, "--as", "restored", "--store", target], killAfter, _folder);

    /// <summary>A new store holding one run of its own, so "as before" is not simply "empty".</summary>
    private static async Task<string> TargetAsync(Func<Task<string>> freshStore)
    {
        var spec = await freshStore();
        await using var store = RunStores.Open(spec);
        await store.SaveAsync(Run(0));
        return spec;
    }

    private async Task<string> BackupOfManyRunsAsync()
    {
        var source = Path.Combine(_folder, "source.db");
        await using var store = RunStores.Open(source);
        for (var i = 0; i < BackupRuns; i++) await store.SaveAsync(Run(i));
        var archive = Path.Combine(_folder, "backup.zip");
        await using var file = File.Create(archive);
        await WorkspaceBackups.ExportAsync(store, "default", file, "test", DateTimeOffset.UtcNow);
        return archive;
    }

    /// <summary>A run with a result of about 100 KB, so that an import takes long enough to be killed inside.</summary>
    private static RunRecord Run(int index)
    {
        var result = new StringBuilder("{\"scenario\":\"politburo-1929\",\"rounds\":[");
        var random = new Random(index);
        for (var r = 0; r < 5_000; r++) result.Append(r == 0 ? "" : ",").Append(random.Next(100_000));
        return new RunRecord
        {
            CreatedAt = new DateTimeOffset(1929, 4, 23, 0, 0, 0, TimeSpan.Zero).AddMinutes(index),
            ScenarioId = "politburo-1929",
            ScenarioHash = ScenarioHash.Of("id: politburo-1929\n"),
            Models = ["bdm"],
            Seed = index,
            PlenumVersion = "test",
            ResultJson = result.Append("]}").ToString(),
        };
    }
}
