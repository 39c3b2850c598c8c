using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Plenum.Web.Tests;

/// <summary>
/// What every browser test needs: the app on a real Kestrel port over the fixture's store, Debian's Chromium
/// driven by Playwright, pages that collect console errors, sign-in, and the screenshots folder.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private PlenumFactory? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

    /// <summary>Starts the app over <paramref name="storePath"/> (with <paramref name="settings"/>) and launches Chromium.</summary>
    public static async Task<BrowserSession> StartAsync(string storePath, Dictionary<string, string>? settings = null)
    {
        if (!File.Exists(BrowserFactAttribute.Chromium))
            throw new InvalidOperationException($"{BrowserFactAttribute.Chromium} is missing; CI must install chromium (see .ci/run)");
        var session = new BrowserSession { _server = new PlenumFactory(storePath, settings) };
        session._server.UseKestrel(0);
        session._server.StartServer();
        session._baseUrl = session._server.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        session._playwright = await Playwright.CreateAsync();
        session._browser = await session._playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return session;
    }

    /// <summary>The repository's <c>docs/screenshots/</c>, created if missing.</summary>
    public static string ScreenshotFolder()
    {
        var folder = Path.Combine(WebFixture.RepoRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A new browser context and page of the given size; every console error and page error lands in <c>Errors</c>.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> OpenAsync(int width = 1360, int height = 900)
    {
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = _baseUrl });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        return (context, page, errors);
    }

    /// <summary>Signs <paramref name="user"/> in through the login form and waits for the workspace page.</summary>
    public static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#name", user);
        await page.FillAsync("#password", WebFixture.Password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            await WaitForPageAsync(page, new Regex("/w/\\d+$"), 60_000);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{user} was not signed in within 60 s; the page shows {await DescribeAsync(page)}", e);
        }
    }

    /// <summary>
    /// Waits until the page's address matches <paramref name="url"/> and its main element is there. Not Playwright's
    /// WaitForURL with its default "load" wait: after a form's redirects that wait once hung for a page that had
    /// loaded (CI, twice), so the load event is only waited for briefly, for the screenshots' sake.
    /// </summary>
    public static async Task WaitForPageAsync(IPage page, Regex url, int timeoutMs = 30_000)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit, Timeout = timeoutMs });
        await page.WaitForSelectorAsync("main", new() { State = WaitForSelectorState.Attached, Timeout = timeoutMs });
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // The page is there; only its load event was not seen.
        }
    }

    /// <summary>Where the page is and what it says, for a failure message.</summary>
    public static async Task<string> DescribeAsync(IPage page)
    {
        try
        {
            var text = (await page.QuerySelectorAsync("main") ?? await page.QuerySelectorAsync("body")) is { } main ? await main.InnerTextAsync() : "";
            text = Regex.Replace(text, "\\s+", " ").Trim();
            return $"{page.Url} \"{await page.TitleAsync()}\": {(text.Length > 300 ? text[..300] + "…" : text)}";
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return page.Url + " (its content could not be read: " + e.Message + ")";
        }
    }

    /// <summary>
    /// Follows a forecast from its job page to the results page (the page opens them itself when the run is saved),
    /// for up to <paramref name="limit"/>. A failed job fails at once with its message, and a job that never ends
    /// fails with what its page showed last, instead of a bare navigation timeout.
    /// </summary>
    public static async Task FollowJobToResultsAsync(IPage page, TimeSpan limit)
    {
        var results = new Regex("/runs/\\d+$");
        var deadline = DateTime.UtcNow + limit;
        var last = "no job page yet";
        while (DateTime.UtcNow < deadline)
        {
            if (results.IsMatch(page.Url))
            {
                await WaitForPageAsync(page, results, 60_000);
                return;
            }
            try
            {
                // Read without waiting: the page may open the results between two reads, and a waiting read would
                // then wait for an element the results page does not have.
                if (await page.QuerySelectorAsync("#job") is { } job)
                {
                    var state = await job.GetAttributeAsync("data-state");
                    last = $"{page.Url}: state {state}, phase {await TextNowAsync(page, "#job-phase")}, updates by " +
                           $"{await TextNowAsync(page, "#job-channel")}, \"{await TextNowAsync(page, "#job-message")}\"";
                    if (state == "failed") throw new Xunit.Sdk.XunitException("the forecast failed: " + last);
                }
                else last = $"{page.Url}: {await page.TitleAsync()}";
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                // The page navigated while it was being read; look again.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the forecast did not open its results in {limit.TotalSeconds:0} s; last seen: {last}");
    }

    /// <summary>The element's text if it is on the page now, else "?" (never waits for it to appear).</summary>
    private static async Task<string> TextNowAsync(IPage page, string selector) =>
        await page.QuerySelectorAsync(selector) is { } element ? await element.InnerTextAsync() : "?";

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
