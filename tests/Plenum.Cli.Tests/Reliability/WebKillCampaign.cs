using System.Diagnostics;
using System.Net;
using Plenum.Load;
using Plenum.Storage;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>
/// Kills <c>plenum serve</c> with SIGKILL during a forecast queued through the API and during a scenario upload,
/// restarts it, and checks that the store is whole and holds every run and scenario the API answered as saved
/// (a job reported <c>done</c> with its run id; an upload answered 201 with its id): in the store itself while the
/// server is down, and through the API of the restarted server.
/// </summary>
internal sealed class WebKillCampaign(string spec, string home)
{
    private const string User = "crash";
    private const string Password = "crash-password-1929";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly HashSet<long> _runs = [];
    private readonly HashSet<long> _scenarios = [];
    private string? _token;
    private long _scenario;

    /// <summary>Runs the kills; <paramref name="progress"/> sees the figures after each one (a campaign cut short keeps them).</summary>
    public async Task<KillFigures> RunAsync(int kills, int seed, Action<KillFigures>? progress = null)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        await ServerProcess.AddUserAsync(home, spec, User, Password, "analyst");
        TimeSpan forecast, upload;
        await using (var server = await StartAsync())
        {
            using var session = await SessionAsync(server);
            // The calibration upload: from sending it to its 201, on this machine now.
            var sent = Stopwatch.StartNew();
            _scenario = await UploadAsync(session);
            upload = sent.Elapsed;
            // The calibration forecast: from the API call to the job reported done, on this machine now.
            var started = Stopwatch.StartNew();
            var (_, job) = await session.SubmitForecastAsync(LoadRun.Workspace, _scenario, "bdm", 20, 1);
            Assert.NotNull(job);
            var run = await WaitDoneAsync(session, job!, Timeout);
            forecast = started.Elapsed;
            Assert.True(run is not null, "the calibration forecast did not finish: " + server.Log);
            _runs.Add(run!.Value);
        }
        var figures = new KillFigures(forecast, seed);
        for (var i = 0; i < kills; i++)
        {
            var fraction = 0.2 + random.NextDouble() * 0.9;
            var outcome = random.Next(3) == 0
                ? await KillUploadAsync(upload * fraction)
                : await KillForecastAsync(forecast * fraction, random);
            figures.Add(outcome, fraction);
            await CheckAsync($"kill {i + 1} ({outcome}, at {fraction:P0})");
            figures.Checks++;
            progress?.Invoke(figures);
        }
        await using (var server = await StartAsync())
        {
            using var session = await SessionAsync(server);
            await CheckThroughApiAsync(session, "after the last restart");
        }
        await using (var store = RunStores.Open(spec)) figures.Runs = (await store.ListAsync(new RunQuery { Limit = 10_000 })).Count;
        figures.Wall = clock.Elapsed;
        return figures;
    }

    private async Task<string> KillForecastAsync(TimeSpan delay, Random random)
    {
        await using var server = await StartAsync();
        using var session = await SessionAsync(server);
        await CheckThroughApiAsync(session, "after a restart");
        var runs = random.Next(3) switch { 0 => 1, 1 => 20, _ => 200 };
        var before = await RunIdsAsync();
        var (status, job) = await session.SubmitForecastAsync(LoadRun.Workspace, _scenario, "bdm", runs, random.Next(1, 1000));
        Assert.True(status == HttpStatusCode.Accepted, $"the forecast was not queued: HTTP {(int)status}");
        var run = await WaitDoneAsync(session, job!, delay);
        await server.KillAsync();
        if (run is { } id)
        {
            _runs.Add(id);
            return "web forecast: done and reported before the kill";
        }
        return (await RunIdsAsync()).Except(before).Any() ? "web forecast: killed after the commit, before reporting" : "web forecast: killed before the commit";
    }

    // The kill falls at 20–110% of the calibration upload's time after the request is sent, so some uploads are
    // killed before they answer and some right after their 201.
    private async Task<string> KillUploadAsync(TimeSpan delay)
    {
        await using var server = await StartAsync();
        using var session = await SessionAsync(server);
        await CheckThroughApiAsync(session, "after a restart");
        var upload = session.UploadScenarioAsync(LoadRun.Workspace, "crash.yaml", Yaml);
        await Task.WhenAny(upload, Task.Delay(delay));
        await server.KillAsync();
        try
        {
            var (status, id) = await upload;
            if (id is { } saved)
            {
                _scenarios.Add(saved);
                return "web upload: answered 201 before the kill";
            }
            return $"web upload: answered {(int)status} before the kill";
        }
        catch (HttpRequestException)
        {
            return "web upload: killed before answering";
        }
    }

    private async Task CheckAsync(string what)
    {
        await using var store = RunStores.Open(spec);
        var report = await StoreChecks.CheckAsync(store);
        Assert.True(report.IsClean, $"{what}: {string.Join("; ", report.Problems)}");
        var present = await RunIdsAsync();
        var lost = _runs.Where(id => !present.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"{what}: runs {string.Join(", ", lost)} were reported saved but are gone");
    }

    private async Task CheckThroughApiAsync(PlenumSession session, string what)
    {
        var runs = await session.RunIdsAsync(LoadRun.Workspace);
        var scenarios = await session.ScenarioIdsAsync(LoadRun.Workspace);
        Assert.True(_runs.All(runs.Contains), $"{what}: the API lists runs {string.Join(",", runs.Order())}, missing some of {string.Join(",", _runs.Order())}");
        Assert.True(_scenarios.All(scenarios.Contains), $"{what}: the API lists scenarios {string.Join(",", scenarios.Order())}, missing some of {string.Join(",", _scenarios.Order())}");
    }

    private async Task<HashSet<long>> RunIdsAsync()
    {
        await using var store = RunStores.Open(spec);
        return (await store.ListAsync(new RunQuery { Limit = 10_000 })).Select(r => r.Id).ToHashSet();
    }

    private Task<ServerProcess> StartAsync() => ServerProcess.StartAsync(home, spec, 8, Timeout);

    // The token survives restarts (only its hash is stored), so one sign-in serves the whole campaign.
    private async Task<PlenumSession> SessionAsync(ServerProcess server)
    {
        if (_token is null)
        {
            using var first = await LoadRun.SignInAsync(server, User, Password, Timeout);
            _token = first.Token;
        }
        return new PlenumSession(server.Address, Timeout) { Token = _token };
    }

    private async Task<long> UploadAsync(PlenumSession session)
    {
        var (status, id) = await session.UploadScenarioAsync(LoadRun.Workspace, "crash.yaml", Yaml);
        Assert.True(id is not null, $"the scenario upload failed: HTTP {(int)status}");
        _scenarios.Add(id!.Value);
        return id.Value;
    }

    // Polls the job until it is done (its run id), failed, or the time is up (null).
    private static async Task<long?> WaitDoneAsync(PlenumSession session, string job, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            var (_, state, run) = await session.JobAsync(LoadRun.Workspace, job);
            if (state == "done" && run is not null) return run;
            if (state == "failed") throw new InvalidOperationException($"job {job} failed");
            await Task.Delay(50);
        }
        return null;
    }

    private static string Yaml => File.ReadAllText(CliRun.Fixture("two-actors.yaml"));
}
