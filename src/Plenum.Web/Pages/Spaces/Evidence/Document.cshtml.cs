using Microsoft.AspNetCore.Mvc;
using Plenum.Core.Scenarios;
using Plenum.Storage.Accounts;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Plenum.Web.Evidence;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces.Evidence;

/// <summary>
/// One document: its text with the quotes highlighted (speaker, addressee, rule, confidence, review), the
/// analyst's confirm and correct buttons, and a claim made from a text selection, written into a scenario.
/// </summary>
public sealed class DocumentModel(WorkspaceAccess access, EvidenceData evidence, WorkspaceActions actions) : WorkspacePageModel(access)
{
    public StoredDocument Document { get; private set; } = null!;
    public IReadOnlyList<ReviewedQuote> Quotes { get; private set; } = [];
    public IReadOnlyList<TextPiece> Pieces { get; private set; } = [];
    public IReadOnlyList<string> Actors { get; private set; } = [];
    public IReadOnlyList<(StoredScenario Stored, Scenario Parsed)> Scenarios { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    public IReadOnlyList<ScenarioProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string doc) => await LoadAsync(doc) ? Page() : NotFound();

    public Task<IActionResult> OnPostConfirmAsync(string doc, long quote, string? note) =>
        DecideAsync(doc, async ct =>
        {
            var q = await evidence.ConfirmQuoteAsync(Workspace, quote, UserName, note, ct);
            return $"Quote {q.Id} confirmed: {q.Speaker ?? "nobody"} → {q.Addressee ?? "nobody"}.";
        });

    public Task<IActionResult> OnPostCorrectAsync(string doc, long quote, string? speaker, string? addressee, string? note) =>
        DecideAsync(doc, async ct =>
        {
            var q = await evidence.CorrectQuoteAsync(Workspace, quote, Actor(speaker), Actor(addressee), UserName, note, ct);
            return $"Quote {q.Id} {q.State}: {q.Speaker ?? "nobody"} → {q.Addressee ?? "nobody"} (the machine said {q.Stored.Quote.Speaker ?? "nobody"}).";
        });

    public async Task<IActionResult> OnPostClaimAsync(string doc, long scenario, int start, int end, string? claimId, string? statement, string? number, string? stance)
    {
        var stored = await evidence.ScenariosAsync(Ws, HttpContext.RequestAborted);
        var target = stored.FirstOrDefault(s => s.Stored.Id == scenario).Stored;
        if (target is null) return await ShowAsync(doc, "choose a scenario of this workspace for the claim", true);
        var (id, error, problems) = await evidence.CreateClaimAsync(Workspace, target, doc, start, end, claimId, statement, number, stance, UserName, actions,
            HttpContext.RequestAborted);
        Problems = problems;
        return id is null
            ? await ShowAsync(doc, error!, true)
            : await ShowAsync(doc, $"Claim '{id}' added to scenario {target.ScenarioId} on passage {doc}:{start}-{end}.", false);
    }

    private static string? Actor(string? id) => string.IsNullOrWhiteSpace(id) || id == "none" ? null : id.Trim();

    private async Task<IActionResult> DecideAsync(string doc, Func<CancellationToken, Task<string>> decide)
    {
        try
        {
            return await ShowAsync(doc, await decide(HttpContext.RequestAborted), false);
        }
        catch (EvidenceReviewException e)
        {
            return await ShowAsync(doc, e.Message, true);
        }
    }

    private async Task<IActionResult> ShowAsync(string doc, string message, bool failed)
    {
        if (!await LoadAsync(doc)) return NotFound();
        Message = message;
        Failed = failed;
        if (failed) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string doc)
    {
        var ct = HttpContext.RequestAborted;
        var document = await evidence.Store.GetAsync(doc, Workspace.Name, ct);
        if (document is null) return false;
        Document = document;
        Quotes = await evidence.Reviews.QuotesAsync(doc, Workspace.Name, ct);
        Pieces = TextPieces.OfQuotes(document.Text, Quotes);
        Scenarios = await evidence.ScenariosAsync(Ws, ct);
        Actors = Scenarios.SelectMany(s => s.Parsed.Actors.Select(a => a.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return true;
    }
}
