using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Plenum.Web.Tests;

/// <summary>
/// The evidence pages in a real browser: an analyst opens the 1929 report, sees its quotes highlighted, confirms
/// one and starts a claim from a selection; a viewer sees no confirm button. Screenshots go to <c>docs/screenshots/</c>.
/// </summary>
public sealed class EvidenceBrowserTest : IAsyncLifetime
{
    private readonly WebFixture _web = new();
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        await _web.InitializeAsync();
        await _web.AddSpellingsDocumentAsync();
        _browser = await BrowserSession.StartAsync(_web.StorePath);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        await _web.DisposeAsync();
    }

    private async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> SignInAsync(string user)
    {
        var (context, page, errors) = await _browser.OpenAsync(1440, 900);
        await BrowserSession.SignInAsync(page, user);
        return (context, page, errors);
    }

    [BrowserFact]
    public async Task Analyst_ConfirmsAHighlightedQuote_ViewerSeesNoConfirmButton()
    {
        var shots = BrowserSession.ScreenshotFolder();
        var (context, page, errors) = await SignInAsync("anna");

        await page.ClickAsync("nav.topnav >> text=Evidence");
        await page.WaitForSelectorAsync("#documents");
        await page.ClickAsync($"#documents a[href$='{_web.Document}']");
        await page.WaitForSelectorAsync("#doc-text mark.q");
        Assert.True(await page.Locator("#doc-text mark.q").CountAsync() >= 48);
        var item = page.Locator($"#quote-{_web.Quote1}");
        Assert.Equal("auto", (await item.Locator(".ev-state").InnerTextAsync()).Trim());
        Assert.Contains("confidence", await item.InnerTextAsync());

        // Clicking a highlighted remark points at its entry; confirming it marks it in the text and the list.
        await page.Locator($"#doc-text mark.q[data-q='{_web.Quote1}']").First.ClickAsync();
        await page.WaitForSelectorAsync($"#quote-{_web.Quote1}.focus");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "10-evidence-document.png") });
        await item.Locator("button.ev-confirm").ClickAsync();
        await page.WaitForSelectorAsync("#message");
        Assert.Contains($"Quote {_web.Quote1} confirmed", await page.InnerTextAsync("#message"));
        Assert.Equal("confirmed", (await page.Locator($"#quote-{_web.Quote1} .ev-state").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator($"#doc-text mark.q.confirmed[data-q='{_web.Quote1}']").CountAsync());

        // A selection in the text opens the claim form with the passage.
        await page.EvaluateAsync(@"() => {
            const mark = [...document.querySelectorAll('#doc-text mark.q')].find(m => m.textContent.includes('would be a platform'));
            mark.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(mark.firstChild, 1);
            range.setEnd(mark.firstChild, mark.firstChild.length - 1);
            const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
        }");
        await page.WaitForSelectorAsync("#claim-form:not(.ev-hidden)");
        var start = int.Parse(await page.InputValueAsync("#claim-start"));
        var markStart = int.Parse((await page.Locator("#doc-text mark.q", new() { HasTextString = "would be a platform" }).First.GetAttributeAsync("data-s"))!);
        Assert.Equal(markStart + 1, start);
        Assert.Equal("But that would be a platform?", (await page.InnerTextAsync("#claim-selection")).Trim());
        await page.FillAsync("#claim-statement", "Kamenev asks whether a common platform is possible");
        await page.FillAsync("#claim-number", "kamenev.position.line");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "11-evidence-claim.png") });

        await page.ClickAsync(".ev-tabs >> text=Names");
        await page.WaitForSelectorAsync("#suggestions, .empty");
        await page.SelectOptionAsync("#scenario", new SelectOptionValue { Value = _web.Politburo1.ToString() });
        await BrowserSession.WaitForPageAsync(page, new Regex("scenario="));
        await page.WaitForSelectorAsync("#suggestions tr[data-spelling='Boukharine']");
        await page.ClickAsync("#suggestions tr[data-spelling='Boukharine'] button.ev-merge");
        await page.WaitForSelectorAsync("#decisions");
        await page.ClickAsync("#suggestions tr[data-spelling='Vorosilov'] button.ev-reject");
        await page.WaitForSelectorAsync("#message");
        Assert.Equal(0, await page.Locator("#suggestions tr[data-spelling='Vorosilov']").CountAsync());
        Assert.Equal(2, await page.Locator("#decisions tbody tr").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "12-evidence-names.png"), FullPage = true });

        await page.GotoAsync($"/w/{_web.Ws1}/evidence/claims?scenario={_web.Politburo1}");
        await page.WaitForSelectorAsync("#claims");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "13-evidence-claims.png") });

        await page.FillAsync(".ev-search input[name=q]", "Bucharin platform");
        await page.ClickAsync(".ev-search button");
        await page.WaitForSelectorAsync("#hits mark");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "14-evidence-search.png") });
        Assert.Empty(errors);
        await context.CloseAsync();

        var (viewerContext, viewer, viewerErrors) = await SignInAsync("vera");
        await viewer.GotoAsync($"/w/{_web.Ws1}/evidence/documents/{_web.Document}");
        await viewer.WaitForSelectorAsync("#doc-text mark.q.confirmed");
        Assert.Equal(0, await viewer.Locator("button.ev-confirm").CountAsync());
        Assert.Equal(0, await viewer.Locator("#claim-form").CountAsync());
        Assert.Empty(viewerErrors);
        await viewerContext.CloseAsync();
    }
}
