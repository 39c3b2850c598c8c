using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Plenum.Reports.Formats;
using Plenum.Storage;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Tests;

/// <summary>
/// A web app on a fresh SQLite store with two workspaces: <c>default</c> (id 1: ada owner and admin, anna analyst,
/// vera viewer) and <c>other</c> (otto owner). Each workspace holds one scenario and one run (with a report).
/// </summary>
public sealed partial class WebFixture : IAsyncLifetime
{
    public const string Password = "long-enough-password";
    public static readonly string[] Users = ["ada", "anna", "vera", "otto"];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "plenum-web-tests-" + Guid.NewGuid().ToString("N"));
    public string StorePath => Path.Combine(Folder, "plenum.db");
    public PlenumFactory Factory { get; private set; } = null!;
    public long Ws1 => RunRecord.DefaultWorkspaceId;
    public long Ws2 { get; private set; }
    public long Scenario1 { get; private set; }
    public long Scenario2 { get; private set; }
    public long Run1 { get; private set; }
    public long Run2 { get; private set; }
    public Dictionary<string, string> Tokens { get; } = new();
    public string StarterYaml { get; } = ScenarioTemplates.Read("starter-committee")!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        await using (var store = RunStores.Open(StorePath))
        {
            var accounts = AccountStore.For(store);
            var now = DateTimeOffset.UtcNow;
            Assert.Null(await UserAccounts.AddAsync(accounts, "ada", Password, "admin", "default", "test", now));
            Assert.Null(await UserAccounts.AddAsync(accounts, "anna", Password, "analyst", "default", "test", now));
            Assert.Null(await UserAccounts.AddAsync(accounts, "vera", Password, "viewer", "default", "test", now));
            Assert.Null(await UserAccounts.AddAsync(accounts, "otto", Password, "analyst", "other", "test", now));
            Ws2 = (await accounts.FindWorkspaceAsync("other"))!.Id;
            await accounts.SetMembershipAsync(Ws2, (await accounts.FindUserAsync("otto"))!.Id, WorkspaceRole.Owner);
            foreach (var user in Users)
            {
                var (token, hash) = UserAccounts.NewToken();
                await accounts.AddTokenAsync((await accounts.FindUserAsync(user))!.Id, "tests", hash, now);
                Tokens[user] = token;
            }
            Scenario1 = await accounts.AddScenarioAsync(Ws1, "starter-committee", "Starter", StarterYaml, "test", now);
            Scenario2 = await accounts.AddScenarioAsync(Ws2, "starter-committee", "Starter elsewhere", StarterYaml, "test", now);
            Run1 = await SaveRunAsync(store, accounts, Ws1);
            Run2 = await SaveRunAsync(store, accounts, Ws2);
            await SeedEvidenceAsync(accounts);
        }
        Factory = new PlenumFactory(StorePath);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private async Task<long> SaveRunAsync(IRunStore store, AccountStore accounts, long ws)
    {
        var scenario = ScenarioInput.FromYaml("s.yaml", StarterYaml).Scenario!;
        var result = ModelCatalog.Find("mean")!.Run(scenario, ModelOptions.Default, RandomStream.ForRun(1, 0));
        var id = await store.SaveAsync(new RunRecord
        {
            CreatedAt = DateTimeOffset.UtcNow, WorkspaceId = ws, ScenarioId = scenario.Id, ScenarioHash = ScenarioHash.Of(StarterYaml),
            Models = ["mean"], PlenumVersion = "test", ResultJson = ForecastJson.Write([result], indented: false),
        });
        await accounts.SaveRunViewAsync(new RunView(id, null, "{}", "<html><body>report</body></html>"));
        return id;
    }

    /// <summary>A client that keeps cookies and does not follow redirects (so 302s to the login page are visible).</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the login form.</summary>
    public async Task<HttpClient> SignInAsync(string user, string password = Password)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/login", "/login", new() { ["Name"] = user, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A client sending the user's API token.</summary>
    public HttpClient WithToken(string user)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens[user]);
        return client;
    }

    /// <summary>The antiforgery token of a page's form (the page that holds the form, or any page the user may see).</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts a form with the antiforgery token taken from <paramref name="tokenPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string tokenPage, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FormTokenAsync(client, tokenPage);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Waits until a queued job is done or failed and returns its final status.</summary>
    /// <remarks>
    /// Up to 5 minutes: the tests run a Debug build, in parallel with the other test projects under CI, and a job may
    /// wait in the queue behind other tests' jobs (a 3,000-run forecast once missed a 60 s limit there).
    /// </remarks>
    public static async Task<Api.JobDto> WaitForJobAsync(HttpClient client, string statusUrl)
    {
        for (var i = 0; i < 3000; i++)
        {
            var job = (await client.GetFromJsonAsync<Api.JobDto>(statusUrl))!;
            if (job.State is "done" or "failed") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("the job did not finish in 5 minutes");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>The app under test on a given store; reports off (they take seconds) unless a test needs them.</summary>
public sealed class PlenumFactory(string store, Dictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Plenum:Store", store);
        builder.UseSetting("Plenum:WriteReports", "false");
        // The in-process hosts share one test process, and the idle trim counts and collects process-wide: an idle
        // host would run full blocking collections while another test's server works. IdleMemoryTrimmerTest and the
        // LoadTest's separate server process test the trim.
        builder.UseSetting("Plenum:IdleTrimSeconds", "0");
        foreach (var (key, value) in settings ?? []) builder.UseSetting(key, value);
        builder.UseEnvironment("Production");
    }
}
