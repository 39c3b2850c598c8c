using Plenum.Core.Evidence.Corroboration;
using Plenum.Core.Evidence.Names;
using Plenum.Evidence.Search;
using Plenum.Storage.Accounts;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Plenum.Web.Evidence;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Api;

/// <summary>
/// The evidence API under <c>/api/workspaces/{ws}</c>: documents with their quotes, the analyst's review of
/// quotes and name merges, claims with their corroboration, a claim from a passage, full-text search. Same rules
/// as the rest of the API: not a member → 404, role too low → 403, antiforgery token for cookie changes.
/// </summary>
public static class EvidenceEndpoints
{
    public static void MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var ws = app.MapGroup("/api/workspaces/{ws:long}").AddEndpointFilter(ApiEndpoints.AntiforgeryForCookies).WithTags("Evidence");
        ws.MapGet("/evidence/documents", ListDocuments).WithSummary("The workspace's source documents, newest first (viewer)");
        ws.MapGet("/evidence/documents/{doc}", GetDocument).WithSummary("A document's text, quotes (machine attribution and review) and name mentions (viewer)");
        ws.MapPost("/evidence/quotes/{quote:long}/confirm", ConfirmQuote).WithSummary("Confirm a quote's attribution as the machine made it (analyst)");
        ws.MapPost("/evidence/quotes/{quote:long}/correct", CorrectQuote).WithSummary("Correct a quote's speaker and addressee; 422 for an actor no scenario has (analyst)");
        ws.MapGet("/evidence/merges", ListMerges).WithSummary("Spellings that may name an actor, with scores; ?scenario=ID resolves against its roster, ?all=true adds settled ones (viewer)");
        ws.MapGet("/evidence/merges/decisions", ListMergeDecisions).WithSummary("The merge decisions made, oldest first (viewer)");
        ws.MapPost("/evidence/merges", DecideMerge).WithSummary("Confirm or reject a spelling for an actor; 422 for a never-merge pair or unknown actor (analyst)");
        ws.MapGet("/evidence/claims", ListClaims).WithSummary("A scenario's claims with independent witnesses and provenance clusters; ?scenario=ID (viewer)");
        ws.MapPost("/scenarios/{id:long}/claims", CreateClaim).WithSummary("Add a claim on a passage to the scenario's YAML; 201, or 422 with the reason (analyst)");
        ws.MapGet("/evidence/search", Search).WithSummary("Full-text search with the matched words' offsets; ?q=QUERY&limit=N (viewer)");
    }

    private static async Task<IResult> ListDocuments(long ws, HttpContext http, WorkspaceAccess access, EvidenceData evidence)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Viewer) is not { } workspace) return await DeniedAsync(http, access, ws, WorkspaceRole.Viewer);
        var list = await evidence.Store.ListAsync(new DocumentQuery { Workspace = workspace.Name, Limit = 1000 }, http.RequestAborted);
        return Results.Ok(list.Select(Dto).ToList());
    }

    private static async Task<IResult> GetDocument(long ws, string doc, HttpContext http, WorkspaceAccess access, EvidenceData evidence)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Viewer) is not { } workspace) return await DeniedAsync(http, access, ws, WorkspaceRole.Viewer);
        var document = await evidence.Store.GetAsync(doc, workspace.Name, http.RequestAborted);
        if (document is null) return ApiEndpoints.NotFound("no such document in this workspace");
        var quotes = await evidence.Reviews.QuotesAsync(doc, workspace.Name, http.RequestAborted);
        var mentions = await evidence.Store.MentionsAsync(doc, workspace.Name, http.RequestAborted);
        return Results.Ok(new DocumentDetailDto(Dto(document.Summary), document.Text, quotes.Select(Dto).ToList(),
            mentions.Select(m => new MentionDto(m.Id, m.Passage.Start, m.Passage.End, m.Mention.Surface, m.Mention.Actor, m.Mention.Method, m.Mention.Score,
                m.Mention.Status.ToString().ToLowerInvariant())).ToList()));
    }

    private static async Task<IResult> ConfirmQuote(long ws, long quote, QuoteConfirmDto? body, HttpContext http, WorkspaceAccess access, EvidenceData evidence)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Analyst) is not { } workspace) return await DeniedAsync(http, access, ws, WorkspaceRole.Analyst);
        if (await evidence.Reviews.QuoteAsync(quote, workspace.Name, http.RequestAborted) is null) return ApiEndpoints.NotFound("no such quote in this workspace");
        return Results.Ok(Dto(await evidence.ConfirmQuoteAsync(workspace, quote, http.User.UserName(), body?.Note, http.RequestAborted)));
    }

    private static async Task<IResult> CorrectQuote(long ws, long quote, QuoteCorrectDto body, HttpContext http, WorkspaceAccess access, EvidenceData evidence)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Analyst) is not { } workspace) return await DeniedAsync(http, access, ws, WorkspaceRole.Analyst);
        if (await evidence.Reviews.QuoteAsync(quote, workspace.Name, http.RequestAborted) is null) return ApiEndpoints.NotFound("no such quote in this workspace");
        try
        {
            return Results.Ok(Dto(await evidence.CorrectQuoteAsync(workspace, quote, Actor(body.Speaker), Actor(body.Addressee), http.User.UserName(), body.Note,
                http.RequestAborted)));
        }
        catch (EvidenceReviewException e)
        {
            return Refused(e.Message);
        }
    }

    private static async Task<IResult> ListMerges(long ws, HttpContext http, WorkspaceAccess access, EvidenceData evidence, long? scenario, bool? all)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Viewer) is not { } workspace) return await DeniedAsync(http, access, ws, WorkspaceRole.Viewer);
        var roster = scenario is null ? null : (await evidence.ScenariosAsync(ws, http.RequestAborted)).FirstOrDefault(s => s.Stored.Id == scenario).Parsed;
        if (scenario is not null && roster is null) return ApiEndpoints.NotFound("no such scenario (that validates) in this workspace");
        var list = NameMergeSuggestions.From(await evidence.Reviews.MentionTalliesAsync(workspace.Name, http.RequestAborted),
            await evidence.Reviews.MergeDecisionsAsync(workspace.Name, http.RequestAborted), roster, all == true);
        return Results.Ok(list.Select(s => new MergeSuggestionDto(s.Surface, s.ActorId, s.Score, s.Method, s.Detail, s.Mentions, s.Documents,
            s.Verdict == NameMergeVerdict.Confirmed ? "confirmed" : null)).ToList());
    }

    private static async Task<IResult> ListMergeDecisions(long ws, HttpContext http, WorkspaceAccess access, EvidenceData evidence)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Viewer) is not { } workspace) return await DeniedAsync(http, access, ws, WorkspaceRole.Viewer);
        var list = await evidence.Reviews.NameDecisionsAsync(workspace.Name, http.RequestAborted);
        return Results.Ok(list.Select(Dto).ToList());
    }

    private static async Task<IResult> DecideMerge(long ws, MergeDecisionDto body, HttpContext http, WorkspaceAccess access, EvidenceData evidence)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Analyst) is not { } workspace) return await DeniedAsync(http, access, ws, WorkspaceRole.Analyst);
        if (body.Verdict is not ("confirm" or "reject")) return Results.Json(new ErrorDto("verdict must be confirm or reject"), statusCode: StatusCodes.Status400BadRequest);
        var scenarios = await evidence.ScenariosAsync(ws, http.RequestAborted);
        var roster = scenarios.FirstOrDefault(s => body.Scenario is null || s.Stored.Id == body.Scenario).Parsed;
        try
        {
            if (roster is null && body.Verdict == "confirm") throw new EvidenceReviewException("a merge is confirmed against a scenario's actors: give scenario, a scenario of this workspace that validates");
            var decision = await evidence.DecideMergeAsync(workspace, body.Spelling ?? "", body.Actor ?? "", body.Verdict == "confirm", roster!, http.User.UserName(),
                body.Note, http.RequestAborted);
            return Results.Ok(Dto(decision));
        }
        catch (EvidenceReviewException e)
        {
            return Refused(e.Message);
        }
    }

    private static async Task<IResult> ListClaims(long ws, HttpContext http, WorkspaceAccess access, EvidenceData evidence, long? scenario)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Viewer) is null) return await DeniedAsync(http, access, ws, WorkspaceRole.Viewer);
        var chosen = (await evidence.ScenariosAsync(ws, http.RequestAborted)).FirstOrDefault(s => scenario is null || s.Stored.Id == scenario);
        if (chosen.Parsed is null) return ApiEndpoints.NotFound("no such scenario (that validates) in this workspace");
        var result = CorroborationAnalysis.Analyse(chosen.Parsed);
        return Results.Ok(new ClaimsDto(chosen.Stored.Id, chosen.Parsed.Id,
            result.Claims.Select(c => new ClaimCorroborationDto(c.Id, c.Subject, c.Number, c.Credibility, c.Passages, c.IndependentSupport, c.SupportingClusters,
                c.SupportingSources, c.IndependentContradiction, c.ContradictingSources, c.Corroborated)).ToList(),
            result.Clusters.Select(k => new ClusterDto(k.Number, k.Sources, k.Links.Select(l => $"{l.From} {l.Why} {l.To}").ToList())).ToList()));
    }

    private static async Task<IResult> CreateClaim(long ws, long id, ClaimCreateDto body, HttpContext http, WorkspaceAccess access, PlenumData data,
        EvidenceData evidence, WorkspaceActions actions)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Analyst) is not { } workspace) return await DeniedAsync(http, access, ws, WorkspaceRole.Analyst);
        var stored = await data.Accounts.GetScenarioAsync(id, http.RequestAborted);
        if (stored is null || stored.WorkspaceId != ws) return ApiEndpoints.NotFound("no such scenario in this workspace");
        var (claimId, error, problems) = await evidence.CreateClaimAsync(workspace, stored, body.Document ?? "", body.Start, body.End, body.ClaimId, body.Statement,
            body.Number, body.Stance, http.User.UserName(), actions, http.RequestAborted);
        if (claimId is null)
            return Results.Json(new ProblemsDto(error!, problems.Select(ProblemDto.From).ToList()), statusCode: StatusCodes.Status422UnprocessableEntity);
        return Results.Created($"/api/workspaces/{ws}/scenarios/{id}", new { id = claimId, scenario = id });
    }

    private static async Task<IResult> Search(long ws, HttpContext http, WorkspaceAccess access, EvidenceData evidence, string? q, int? limit)
    {
        if (await CheckAsync(http, access, ws, WorkspaceRole.Viewer) is not { } workspace) return await DeniedAsync(http, access, ws, WorkspaceRole.Viewer);
        SearchQuery query;
        try
        {
            query = SearchQuery.Parse(q ?? "");
        }
        catch (SearchSyntaxException e)
        {
            return Refused(e.Message);
        }
        var hits = await evidence.Store.SearchAsync(new EvidenceSearch(query) { Workspace = workspace.Name, Limit = Math.Clamp(limit ?? 20, 1, 1000) }, http.RequestAborted);
        return Results.Ok(hits.Select(h =>
        {
            var first = h.Matches.Count > 0 ? $"{h.Matches[0].Start}-{h.Matches[0].End}" : $"{h.SegmentStart}-{h.SegmentEnd}";
            return new SearchHitDto(h.DocumentId, h.Title, h.SourceId, $"{h.DocumentId}:{first}", h.SegmentStart, h.SegmentEnd,
                h.Matches.Select(m => new[] { m.Start, m.End }).ToList(), h.Snippet, h.SnippetStart, h.Highlighted());
        }).ToList());
    }

    // ---- helpers

    /// <summary>The workspace when the caller's role suffices, else null (answer with <see cref="DeniedAsync"/>).</summary>
    private static async Task<Workspace?> CheckAsync(HttpContext http, WorkspaceAccess access, long ws, WorkspaceRole needed)
    {
        var decision = await access.CheckAsync(http.User, ws, needed, http.RequestAborted);
        return decision.Allowed ? decision.Workspace : null;
    }

    private static async Task<IResult> DeniedAsync(HttpContext http, WorkspaceAccess access, long ws, WorkspaceRole needed) =>
        await ApiEndpoints.DenyAsync(http, access, ws, needed) ?? Results.Unauthorized();

    private static IResult Refused(string message) => Results.Json(new ErrorDto(message), statusCode: StatusCodes.Status422UnprocessableEntity);

    private static string? Actor(string? id) => string.IsNullOrWhiteSpace(id) || id == "none" ? null : id.Trim();

    private static DocumentDto Dto(DocumentSummary d) => new(d.Id, d.Title, d.SourceId, d.Author, d.Publisher, d.Date, d.Format, d.TextLength, d.AddedAt);

    private static QuoteDto Dto(ReviewedQuote q) => new(q.Id, $"{q.DocumentId}:{q.Stored.Passage.Start}-{q.Stored.Passage.End}", q.Stored.Passage.Start,
        q.Stored.Passage.End, q.Stored.Passage.Exact, q.Speaker, q.Addressee, q.State,
        new MachineAttributionDto(q.Stored.Quote.Speaker, q.Stored.Quote.Addressee, q.Stored.Quote.Rule, q.Stored.Quote.Confidence),
        q.Review is { } r ? new QuoteReviewDto(r.Verdict.Name(), r.Analyst, r.DecidedAt, r.Note) : null);

    private static NameDecisionDto Dto(StoredNameDecision d) =>
        new(d.Id, d.Surface, d.ActorId, d.Verdict == NameMergeVerdict.Rejected ? "rejected" : "confirmed", d.Analyst, d.DecidedAt, d.Note);
}
