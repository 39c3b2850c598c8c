using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Plenum.Load;

/// <summary>
/// Drives a running server with virtual users for a fixed time and measures every request and the server's
/// resident memory. Each user signs in once (cookie and API token, not measured) and then loops over the
/// request mix of <see cref="LoadOptions.Mix"/> without pause.
/// </summary>
public static class LoadRun
{
    /// <summary>The workspace every load user works in (the default one, id 1).</summary>
    public const long Workspace = 1;

    /// <summary>Signs a session in with the cookie and gives it an API token.</summary>
    public static async Task<PlenumSession> SignInAsync(ServerProcess server, string name, string password, TimeSpan timeout)
    {
        var session = new PlenumSession(server.Address, timeout);
        var status = await session.LoginAsync(name, password);
        if (status != HttpStatusCode.Redirect) throw new InvalidOperationException($"{name} could not sign in: HTTP {(int)status}");
        await session.CreateTokenAsync("load-" + Guid.NewGuid().ToString("N")[..8]);
        return session;
    }

    /// <summary>Runs the load against <paramref name="server"/>, whose accounts are <paramref name="accounts"/> (name, password).</summary>
    public static async Task<LoadReport> RunAsync(ServerProcess server, LoadOptions options, IReadOnlyList<(string Name, string Password)> accounts,
        string scenarioYaml, TimeSpan settle)
    {
        using var setup = await SignInAsync(server, accounts[0].Name, accounts[0].Password, options.Timeout);
        var (uploaded, scenario) = await setup.UploadScenarioAsync(Workspace, "load.yaml", scenarioYaml);
        if (scenario is null) throw new InvalidOperationException($"the load scenario was refused: HTTP {(int)uploaded}");
        var sessions = new List<PlenumSession>();
        for (var i = 0; i < options.Users; i++)
        {
            var (name, password) = accounts[i % accounts.Count];
            sessions.Add(await SignInAsync(server, name, password, options.Timeout));
        }

        var samples = new ConcurrentBag<Sample>();
        var jobs = new ConcurrentQueue<string>();
        var baseline = server.RssKiB();
        long peak = baseline;
        using var stop = new CancellationTokenSource(options.Duration);
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, server.RssKiB());
                await Task.Delay(200);
            }
        });
        var clock = Stopwatch.StartNew();
        var users = sessions.Select((session, i) => Task.Run(() => UserAsync(session, accounts[i % accounts.Count], scenario.Value, options,
            new Random(options.Seed + i), samples, jobs, server.Address, stop.Token))).ToList();
        await Task.WhenAll(users);
        var elapsed = clock.Elapsed;
        await sampler;
        peak = Math.Max(peak, server.RssKiB());
        foreach (var session in sessions) session.Dispose();

        var report = new LoadReport([.. samples], elapsed, options.Users) { BaselineKiB = baseline, PeakKiB = peak, Settle = settle };
        var settled = Stopwatch.StartNew();
        while (settled.Elapsed < settle)
        {
            var rss = server.RssKiB();
            report.PeakKiB = Math.Max(report.PeakKiB, rss);
            if (report.EarlyAfterKiB == 0 && settled.Elapsed >= LoadReport.EarlyAfter) report.EarlyAfterKiB = rss;
            await Task.Delay(500);
        }
        report.AfterKiB = server.RssKiB();
        report.AliveAfter = await AnswersAsync(server);
        return report;
    }

    /// <summary>True when the server is running and its login page answers 200.</summary>
    public static async Task<bool> AnswersAsync(ServerProcess server)
    {
        if (!server.IsRunning) return false;
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            using var response = await http.GetAsync("login");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task UserAsync(PlenumSession session, (string Name, string Password) account, long scenario, LoadOptions options,
        Random random, ConcurrentBag<Sample> samples, ConcurrentQueue<string> jobs, Uri address, CancellationToken stop)
    {
        var first = options.OpenWithForecast;
        while (!stop.IsCancellationRequested)
        {
            var kind = first ? RequestKind.Forecast : Pick(random);
            first = false;
            var clock = Stopwatch.StartNew();
            int status;
            try
            {
                status = kind switch
                {
                    RequestKind.Page => await StatusOf(session.GetPageAsync(random.Next(3) switch
                    {
                        0 => $"w/{Workspace}",
                        1 => $"w/{Workspace}/runs",
                        _ => $"w/{Workspace}/scenarios/{scenario}",
                    })),
                    RequestKind.Search => await StatusOf(session.SendAsync(HttpMethod.Get, random.Next(2) == 0
                        ? $"api/workspaces/{Workspace}/runs?limit=20&offset={random.Next(50)}"
                        : $"api/workspaces/{Workspace}/scenarios")),
                    RequestKind.Forecast => await ForecastAsync(session, scenario, options, random, jobs),
                    RequestKind.Job => jobs.TryPeek(out var job)
                        ? (int)(await session.JobAsync(Workspace, job)).Status
                        : await StatusOf(session.SendAsync(HttpMethod.Get, "api/me")),
                    _ => await LoginAsync(address, account, options.Timeout),
                };
            }
            catch (TaskCanceledException)
            {
                status = Sample.Timeout;
            }
            catch (HttpRequestException)
            {
                status = Sample.Failed;
            }
            samples.Add(new Sample(kind, clock.Elapsed.TotalMilliseconds, status));
        }
    }

    private static async Task<int> ForecastAsync(PlenumSession session, long scenario, LoadOptions options, Random random, ConcurrentQueue<string> jobs)
    {
        var (status, job) = await session.SubmitForecastAsync(Workspace, scenario, options.Model, options.Runs, random.Next(1, 1_000_000));
        if (job is not null)
        {
            jobs.Enqueue(job);
            while (jobs.Count > 50) jobs.TryDequeue(out _);
        }
        return (int)status;
    }

    private static async Task<int> LoginAsync(Uri address, (string Name, string Password) account, TimeSpan timeout)
    {
        using var fresh = new PlenumSession(address, timeout);
        return (int)await fresh.LoginAsync(account.Name, account.Password);
    }

    private static async Task<int> StatusOf(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        return (int)response.StatusCode;
    }

    private static RequestKind Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var (kind, percent) in LoadOptions.Mix)
        {
            if (roll < percent) return kind;
            roll -= percent;
        }
        return RequestKind.Page;
    }
}
