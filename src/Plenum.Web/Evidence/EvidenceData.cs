using Microsoft.Extensions.Options;
using Plenum.Core.Evidence.Names;
using Plenum.Core.Scenarios;
using Plenum.Storage.Accounts;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Plenum.Web.Services;

namespace Plenum.Web.Evidence;

/// <summary>
/// The evidence of the app's store (the CLI's documents, quotes and mentions) and the analyst's review of it,
/// shared by the evidence pages and the API. A web workspace reads the evidence workspace of the same name
/// (<c>default</c> for the CLI's). Every change is written to the audit log with who made it.
/// </summary>
/// <remarks>Callers have checked the user's role; this class checks that everything named belongs to the workspace.</remarks>
public sealed class EvidenceData : IAsyncDisposable
{
    private readonly PlenumData _data;

    public EvidenceData(IOptions<WebOptions> options, PlenumData data)
    {
        Store = EvidenceStores.Open(options.Value.Store);
        Reviews = EvidenceReviewStore.For(Store);
        _data = data;
    }

    /// <summary>Documents, text, search.</summary>
    public IEvidenceStore Store { get; }

    /// <summary>Quote and name decisions.</summary>
    public EvidenceReviewStore Reviews { get; }

    /// <summary>The workspace's scenarios that load, newest first, with their parsed form.</summary>
    public async Task<IReadOnlyList<(StoredScenario Stored, Scenario Parsed)>> ScenariosAsync(long workspaceId, CancellationToken ct)
    {
        var list = new List<(StoredScenario, Scenario)>();
        foreach (var s in await _data.Accounts.ListScenariosAsync(workspaceId, ct))
            if (ScenarioInput.FromYaml("scenario.yaml", s.Yaml) is { IsValid: true, Scenario: { } parsed }) list.Add((s, parsed));
        return list;
    }

    /// <summary>The actor ids of every scenario of the workspace, sorted: whom a quote may be attributed to.</summary>
    public async Task<IReadOnlyList<string>> ActorIdsAsync(long workspaceId, CancellationToken ct) =>
        (await ScenariosAsync(workspaceId, ct)).SelectMany(s => s.Parsed.Actors.Select(a => a.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public async Task<ReviewedQuote> ConfirmQuoteAsync(Workspace ws, long quoteId, string user, string? note, CancellationToken ct)
    {
        var quote = await Reviews.ConfirmQuoteAsync(quoteId, user, _data.Clock.GetUtcNow(), note, ws.Name, ct);
        await _data.AuditAsync(ws.Id, user, "quote.confirm", $"quote {quoteId}", $"{quote.DocumentId}: {quote.Speaker ?? "nobody"} → {quote.Addressee ?? "nobody"}", ct);
        return quote;
    }

    /// <summary>Corrects a quote; speaker and addressee must be actors of the workspace's scenarios (or null for nobody).</summary>
    /// <exception cref="EvidenceReviewException">An actor no scenario of the workspace has, or an unknown quote.</exception>
    public async Task<ReviewedQuote> CorrectQuoteAsync(Workspace ws, long quoteId, string? speaker, string? addressee, string user, string? note, CancellationToken ct)
    {
        var actors = await ActorIdsAsync(ws.Id, ct);
        foreach (var actor in new[] { speaker, addressee })
            if (actor is not null && !actors.Contains(actor))
                throw new EvidenceReviewException($"'{actor}' is not an actor of any scenario of this workspace");
        var quote = await Reviews.CorrectQuoteAsync(quoteId, speaker, addressee, user, _data.Clock.GetUtcNow(), note, ws.Name, ct);
        await _data.AuditAsync(ws.Id, user, "quote.correct", $"quote {quoteId}",
            $"{quote.DocumentId}: {quote.Speaker ?? "nobody"} → {quote.Addressee ?? "nobody"} (machine: {quote.Stored.Quote.Speaker ?? "nobody"} → {quote.Stored.Quote.Addressee ?? "nobody"})", ct);
        return quote;
    }

    /// <summary>Confirms (with the scenario's roster and never-merge pairs) or rejects a spelling for an actor.</summary>
    /// <exception cref="EvidenceReviewException">A refused merge: unknown actor, never-merge pair, empty spelling.</exception>
    public async Task<StoredNameDecision> DecideMergeAsync(Workspace ws, string spelling, string actor, bool confirm, Scenario scenario, string user,
        string? note, CancellationToken ct)
    {
        var decision = confirm
            ? await Reviews.ConfirmMergeAsync(spelling, actor, ActorNameResolver.FromScenario(scenario), user, _data.Clock.GetUtcNow(), note, ws.Name, ct)
            : await Reviews.RejectMergeAsync(spelling, actor, user, _data.Clock.GetUtcNow(), note, ws.Name, ct);
        await _data.AuditAsync(ws.Id, user, confirm ? "name.merge" : "name.reject", $"'{decision.Surface}' → {actor}", note ?? "", ct);
        return decision;
    }

    /// <summary>
    /// Writes a claim on the passage <c>[start, end)</c> of a document into the scenario's YAML and saves it when
    /// it still validates. Returns the claim id, or an error (and the loader's problems) with nothing saved.
    /// </summary>
    public async Task<(string? ClaimId, string? Error, IReadOnlyList<ScenarioProblem> Problems)> CreateClaimAsync(Workspace ws, StoredScenario stored,
        string documentId, int start, int end, string? claimId, string? statement, string? number, string? stance, string user, WorkspaceActions actions,
        CancellationToken ct)
    {
        var document = await Store.GetAsync(documentId, ws.Name, ct);
        if (document is null) return (null, $"no document {documentId} in this workspace", []);
        if (start < 0 || end > document.Text.Length || start >= end) return (null, $"the passage {start}-{end} is not inside {documentId} (0 to {document.Text.Length})", []);
        if (end - start > 4000) return (null, "select at most 4,000 characters for one claim", []);
        if (ScenarioInput.FromYaml("scenario.yaml", stored.Yaml) is not { IsValid: true, Scenario: { } scenario })
            return (null, "the scenario does not validate; fix it in the editor first", []);
        var s = document.Summary;
        var source = new Source(s.SourceId, s.Title, null, null, s.Author, s.Date?.ToString("yyyy-MM-dd"), default) { Publisher = s.Publisher };
        var claim = new NewClaim(Blank(claimId), Blank(statement), Blank(number), new PassageReference(documentId, start, end), document.Text[start..end],
            Blank(stance) ?? "supports", source);
        var (yaml, id, error) = ScenarioClaimText.Add(stored.Yaml, scenario, claim);
        if (error is not null) return (null, error, []);
        var input = ScenarioInput.FromYaml("scenario.yaml", yaml!);
        if (!input.IsValid) return (null, "the claim would make the scenario invalid; nothing was saved", input.Problems);
        await actions.UpdateScenarioAsync(stored, user, input, ct);
        await _data.AuditAsync(ws.Id, user, "claim.create", $"scenario {stored.Id}", $"{id}: {claim.Passage}" + (claim.Number is null ? "" : $" for {claim.Number}"), ct);
        return (id, null, []);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
