using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Plenum.Web.Tests;

/// <summary>
/// The app in a real browser: sign in, upload a scenario, run a forecast, see every chart drawn, check that a
/// viewer cannot edit. Screenshots of the main pages go to <c>docs/screenshots/</c>.
/// </summary>
public sealed class BrowserTest : IAsyncLifetime
{
    /// <summary>
    /// Runs of the live-progress test's forecast. The page must load and see the job running before the model's phase
    /// ends: 6,000 runs of the starter scenario once ended first under CI's load, and 20,000 (the app's default limit)
    /// did too once the Monte Carlo runner got faster, so the test's server allows more (here the page first saw the job
    /// at about 100,000 runs).
    /// </summary>
    private const int LiveRuns = 500_000;

    private readonly WebFixture _web = new();
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        await _web.InitializeAsync();
        // A run limit above the app's default, so that the live-progress test's forecast lasts seconds (see there).
        _browser = await BrowserSession.StartAsync(_web.StorePath, new() { ["Plenum:WriteReports"] = "true", ["Plenum:MaxRuns"] = LiveRuns.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        await _web.DisposeAsync();
    }

    private static string ScreenshotFolder() => BrowserSession.ScreenshotFolder();

    private Task<(IBrowserContext Context, IPage Page, List<string> Errors)> OpenAsync() => _browser.OpenAsync();

    private static Task SignInAsync(IPage page, string user) => BrowserSession.SignInAsync(page, user);

    [BrowserFact]
    public async Task Analyst_UploadsRunsAndSeesCharts_ViewerCannotEdit()
    {
        var shots = ScreenshotFolder();
        var (context, page, errors) = await OpenAsync();

        await page.GotoAsync("/login");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "01-login.png") });
        await SignInAsync(page, "anna");

        // Upload a scenario file.
        var file = Path.Combine(_web.Folder, "budget-committee.yaml");
        await File.WriteAllTextAsync(file, _web.StarterYaml.Replace("id: starter-committee", "id: budget-committee")
            .Replace("title: A five-member committee decides a budget line", "title: The budget committee, spring session"));
        await page.GotoAsync($"/w/{_web.Ws1}/scenarios/new");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "03-new-scenario.png") });
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("text=Upload and check");
        await BrowserSession.WaitForPageAsync(page, new Regex("/scenarios/\\d+$"), 120_000);   // the first upload compiles the import path; CI runs other test assemblies alongside
        var scenarioUrl = page.Url;
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "04-scenario.png"), FullPage = true });

        // Run a forecast of all models with Monte Carlo runs; the job page follows the progress to the results.
        await page.FillAsync("#runs", "20");
        await page.ClickAsync("#run-button");
        // All models with reports, while CI runs the other test assemblies alongside: a generous limit, not a timing.
        await BrowserSession.FollowJobToResultsAsync(page, TimeSpan.FromMinutes(5));
        await page.WaitForSelectorAsync("#results[data-ready=true]", new() { Timeout = 30_000 });
        foreach (var chart in new[] { "trajectory", "distribution", "motions", "power", "tornado", "graph" })
            await page.WaitForSelectorAsync($"#chart-{chart} canvas");
        Assert.Equal("bdm", await page.InputValueAsync("#pick-model"));
        var runUrl = page.Url;
        var box = (await page.Locator("#chart-trajectory").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.5f, box.Y + box.Height * 0.55f);
        await page.WaitForTimeoutAsync(400);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "05-results.png"), FullPage = true });
        Assert.True(await page.IsVisibleAsync("#download-report"));

        // Compare with the workspace's earlier run.
        var runId = runUrl[(runUrl.LastIndexOf('/') + 1)..];
        await page.GotoAsync($"/w/{_web.Ws1}/runs/compare?a={_web.Run1}&b={runId}");
        await page.WaitForSelectorAsync("#compare-table");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "06-compare.png"), FullPage = true });

        // The editor shows the validator's message at the offending line.
        await page.GotoAsync(scenarioUrl + "/edit");
        var yaml = await page.InputValueAsync("#yaml");
        await page.FillAsync("#yaml", yaml.Replace("salience: { budget: 90 }", "salience: { budget: 190 }"));
        await page.ClickAsync("#save-button");
        await page.WaitForSelectorAsync("#problems li.problem");
        Assert.Contains("salience", await page.InnerTextAsync("#problems"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "07-editor-problem.png") });

        await page.GotoAsync($"/w/{_web.Ws1}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "02-workspace.png"), FullPage = true });
        Assert.DoesNotContain(errors, e => !e.Contains("status of 422"));
        await context.CloseAsync();

        // A viewer reads the scenario but has no edit or run controls, and the editor is refused.
        var (viewerContext, viewer, viewerErrors) = await OpenAsync();
        await SignInAsync(viewer, "vera");
        await viewer.GotoAsync(scenarioUrl);
        Assert.Equal(0, await viewer.Locator("#edit-scenario").CountAsync());
        Assert.Equal(0, await viewer.Locator("#run-form").CountAsync());
        var refused = await viewer.GotoAsync(scenarioUrl + "/edit");
        Assert.Equal(403, refused!.Status);
        Assert.Contains("Not allowed", await viewer.InnerTextAsync("h1"));
        await viewer.ScreenshotAsync(new() { Path = Path.Combine(shots, "08-viewer-refused.png") });
        await viewer.GotoAsync(runUrl);
        await viewer.WaitForSelectorAsync("#chart-trajectory canvas");
        Assert.DoesNotContain(viewerErrors, e => !e.Contains("403"));
        await viewerContext.CloseAsync();

        // The owner sees the audit log of all of it.
        var (ownerContext, owner, _) = await OpenAsync();
        await SignInAsync(owner, "ada");
        await owner.GotoAsync($"/w/{_web.Ws1}/audit");
        Assert.Contains("run.create", await owner.InnerTextAsync("#audit-table"));
        await owner.ScreenshotAsync(new() { Path = Path.Combine(shots, "09-audit.png"), FullPage = true });
        await ownerContext.CloseAsync();
    }

    [BrowserFact]
    public async Task Analyst_SeesLiveProgress_TogglesActors_EditsAnUncertainty()
    {
        var shots = ScreenshotFolder();
        var (context, page, errors) = await OpenAsync();
        await SignInAsync(page, "anna");

        // A long Monte Carlo forecast (LiveRuns): the job page shows the pushed progress, then switches to the results.
        await page.GotoAsync($"/w/{_web.Ws1}/scenarios/{_web.Scenario1}");
        await page.SelectOptionAsync("#model", "bdm");
        await page.FillAsync("#runs", LiveRuns.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#run-button");
        await BrowserSession.WaitForPageAsync(page, new Regex("/jobs/[0-9a-f]+$"), 60_000);
        // Polled from the test (the page's CSP forbids the eval behind WaitForFunctionAsync).
        await page.WaitForSelectorAsync("#job[data-seen-running=true]", new() { Timeout = 120_000, State = WaitForSelectorState.Attached });
        Assert.Equal("live", await page.InnerTextAsync("#job-channel"));
        Assert.Matches(new Regex("^[1-9][0-9,]* / 500,000$"), await page.InnerTextAsync("#job-runs"));
        // The model's phase was pushed; by now the job may already be writing its report.
        Assert.Contains("bdm", (await page.GetAttributeAsync("#job", "data-phases-seen"))!.Split(' '));
        Assert.Matches(new Regex("^(bdm|sensitivity|report)$"), await page.InnerTextAsync("#job-phase"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "10-forecast-progress.png") });
        await BrowserSession.FollowJobToResultsAsync(page, TimeSpan.FromMinutes(4));
        await page.WaitForSelectorAsync("#results[data-ready=true]", new() { Timeout = 30_000 });

        // Hover shows the values of a round; an actor toggled off leaves the trajectories and the coalition graph.
        await page.WaitForSelectorAsync("#chart-trajectory canvas");
        var box = (await page.Locator("#chart-trajectory").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.5f, box.Y + box.Height * 0.6f);
        await page.Locator("#chart-trajectory").GetByText("Round").First.WaitForAsync(new() { Timeout = 10_000 });
        const string graphNodes = "echarts.getInstanceByDom(document.getElementById('chart-graph')).getOption().series[0].data.length";
        Assert.Equal(5, await page.EvaluateAsync<int>(graphNodes));
        await page.ClickAsync("#actor-toggles button[data-actor=treasurer]");
        Assert.Equal("false", await page.GetAttributeAsync("#actor-toggles button[data-actor=treasurer]", "aria-pressed"));
        Assert.False(await page.EvaluateAsync<bool>("echarts.getInstanceByDom(document.getElementById('chart-trajectory')).getOption().legend[0].selected['treasurer']"));
        Assert.Equal(4, await page.EvaluateAsync<int>(graphNodes));
        await page.ClickAsync("#actor-toggles button[data-actor=treasurer]");
        Assert.Equal(5, await page.EvaluateAsync<int>(graphNodes));

        // The numbers form: an uncertainty edited and saved; an impossible salience refused at its field.
        await page.GotoAsync($"/w/{_web.Ws1}/scenarios/{_web.Scenario1}/numbers");
        var row = "#f-member-a_position_budget";
        await page.SelectOptionAsync($"{row} select.kind", "triangular");
        Assert.Equal("low, mode, high", await page.GetAttributeAsync($"{row} input.params", "placeholder"));
        await page.FillAsync($"{row} input.params", "50, 60, 75");
        await page.FillAsync($"{row} input.note", "analyst's estimate: two interviews");
        await page.ClickAsync("#save-numbers");
        await BrowserSession.WaitForPageAsync(page, new Regex("numbers\\?saved=true$"));
        Assert.Equal("triangular", await page.InputValueAsync($"{row} select.kind"));
        Assert.Equal("50, 60, 75", await page.InputValueAsync($"{row} input.params"));
        await page.EvaluateAsync("document.getElementById('actor-f-treasurer').scrollIntoView()");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "11-numbers-form.png") });

        await page.FillAsync("#f-chair_salience_budget input.value", "190");
        await page.ClickAsync("#save-numbers");
        await page.WaitForSelectorAsync("#f-chair_salience_budget-problem");
        Assert.Contains("salience runs from 0 to 100", await page.InnerTextAsync("#f-chair_salience_budget-problem"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "12-numbers-problem.png") });
        Assert.DoesNotContain(errors, e => !e.Contains("status of 422"));
        await context.CloseAsync();
    }
}
