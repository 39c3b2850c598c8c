using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>
/// Crash safety of the store: the built CLI is killed with SIGKILL at random points of forecasts, sweeps, evidence
/// ingestion, deletions and first-use migrations, and <c>plenum serve</c> during API forecasts and uploads; after
/// every kill the store must be whole and hold every run (and document, and scenario) reported saved.
/// <c>PLENUM_CRASH_KILLS</c> sets the CLI kills per back end (default 50), <c>PLENUM_CRASH_WEB_KILLS</c> the web
/// server kills (default 4); <c>PLENUM_CRASH_SEED</c> the seed; <c>PLENUM_CRASH_FIGURES</c> a file the figures are
/// appended to (scripts/crash-safety.sh).
/// </summary>
[Trait("Category", "CrashSafety")]
public sealed class CrashSafetyTest(TestPostgres postgres, ITestOutputHelper output) : IClassFixture<TestPostgres>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-crash-" + Guid.NewGuid().ToString("N"));

    private static int Kills => int.TryParse(Environment.GetEnvironmentVariable("PLENUM_CRASH_KILLS"), out var k) && k > 0 ? k : 50;

    private static int WebKills => int.TryParse(Environment.GetEnvironmentVariable("PLENUM_CRASH_WEB_KILLS"), out var k) && k >= 0 ? k : 4;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PLENUM_CRASH_SEED"), out var s) ? s : 1929;

    [Fact]
    public async Task Sqlite_KilledAtRandomPoints_StoreStaysWholeWithEveryReportedRun()
    {
        Directory.CreateDirectory(_folder);
        var fresh = 0;
        var campaign = new KillCampaign(Path.Combine(_folder, "plenum.db"),
            () => Task.FromResult(Path.Combine(_folder, $"fresh-{++fresh}.db")), File.Exists, _folder);

        var figures = await campaign.RunAsync(Kills, Seed, Progress("SQLite"));

        Record(figures.Describe("SQLite"));
        Assert.Equal(Kills, figures.Kills);
    }

    [Fact]
    public async Task Postgres_KilledAtRandomPoints_StoreStaysWholeWithEveryReportedRun()
    {
        if (postgres.Missing is { } missing)
        {
            if (TestPostgres.InCi) throw new InvalidOperationException(missing);
            output.WriteLine("not run: " + missing);
            return;
        }
        Directory.CreateDirectory(_folder);
        var campaign = new KillCampaign(await postgres.NewSchemaAsync(), postgres.NewSchemaAsync, _ => true, _folder);

        var figures = await campaign.RunAsync(Kills, Seed, Progress("PostgreSQL"));

        Record(figures.Describe("PostgreSQL"));
        Assert.Equal(Kills, figures.Kills);
    }

    [Fact]
    public async Task Sqlite_WebServerKilledDuringForecastsAndUploads_StoreStaysWholeWithEveryAnsweredRun()
    {
        if (WebKills == 0) return;
        Directory.CreateDirectory(_folder);
        var figures = await new WebKillCampaign(Path.Combine(_folder, "web.db"), _folder).RunAsync(WebKills, Seed, Progress("SQLite, plenum serve"));

        Record(figures.Describe("SQLite, plenum serve"));
        Assert.Equal(WebKills, figures.Kills);
    }

    [Fact]
    public async Task Postgres_WebServerKilledDuringForecastsAndUploads_StoreStaysWholeWithEveryAnsweredRun()
    {
        if (postgres.Missing is { } missing)
        {
            if (TestPostgres.InCi) throw new InvalidOperationException(missing);
            output.WriteLine("not run: " + missing);
            return;
        }
        if (WebKills == 0) return;
        Directory.CreateDirectory(_folder);
        var figures = await new WebKillCampaign(await postgres.NewSchemaAsync(), _folder).RunAsync(WebKills, Seed, Progress("PostgreSQL, plenum serve"));

        Record(figures.Describe("PostgreSQL, plenum serve"));
        Assert.Equal(WebKills, figures.Kills);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    // The figures so far, rewritten after every kill beside PLENUM_CRASH_FIGURES (FILE.partial-BACKEND), so a campaign cut short still has them.
    private static Action<KillFigures>? Progress(string backend) =>
        Environment.GetEnvironmentVariable("PLENUM_CRASH_FIGURES") is { Length: > 0 } file
            ? figures => File.WriteAllText($"{file}.partial-{backend.Replace(", ", "-").Replace(' ', '-')}", figures.Describe(backend + " (so far)"))
            : null;

    private void Record(string figures)
    {
        output.WriteLine(figures);
        if (Environment.GetEnvironmentVariable("PLENUM_CRASH_FIGURES") is { Length: > 0 } file) File.AppendAllText(file, figures);
    }
}
