using Microsoft.AspNetCore.Mvc;
using Plenum.Core.Scenarios;
using Plenum.Storage.Accounts;
using Plenum.Storage.Evidence.Review;
using Plenum.Web.Evidence;
using Plenum.Web.Security;

namespace Plenum.Web.Pages.Spaces.Evidence;

/// <summary>
/// Spellings in the workspace's documents that may name a scenario actor, with scores: the analyst confirms a
/// merge (never a never-merge pair) or rejects it (never suggested again). The chosen scenario is the roster.
/// </summary>
public sealed class NamesModel(WorkspaceAccess access, EvidenceData evidence) : WorkspacePageModel(access)
{
    public IReadOnlyList<(StoredScenario Stored, Scenario Parsed)> Scenarios { get; private set; } = [];
    public (StoredScenario Stored, Scenario Parsed)? Chosen { get; private set; }
    public IReadOnlyList<NameMergeSuggestion> Suggestions { get; private set; } = [];
    public IReadOnlyList<StoredNameDecision> Decisions { get; private set; } = [];
    public bool All { get; private set; }
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public Task OnGetAsync(long? scenario, bool all = false) => LoadAsync(scenario, all);

    public Task<IActionResult> OnPostMergeAsync(long? scenario, string? spelling, string? actor, string? note) => DecideAsync(scenario, spelling, actor, note, true);

    public Task<IActionResult> OnPostRejectAsync(long? scenario, string? spelling, string? actor, string? note) => DecideAsync(scenario, spelling, actor, note, false);

    private async Task<IActionResult> DecideAsync(long? scenario, string? spelling, string? actor, string? note, bool confirm)
    {
        await LoadAsync(scenario, false);
        try
        {
            if (Chosen is not { } chosen) throw new EvidenceReviewException("the workspace has no scenario that validates; merges are decided against a scenario's actors");
            var d = await evidence.DecideMergeAsync(Workspace, spelling ?? "", actor ?? "", confirm, chosen.Parsed, UserName, note, HttpContext.RequestAborted);
            Message = confirm ? $"'{d.Surface}' is now {d.ActorId} in every document of the workspace." : $"'{d.Surface}' will not be suggested for {d.ActorId} again.";
        }
        catch (EvidenceReviewException e)
        {
            Message = e.Message;
            Failed = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        await LoadAsync(scenario, false);
        return Page();
    }

    private async Task LoadAsync(long? scenario, bool all)
    {
        var ct = HttpContext.RequestAborted;
        All = all;
        Scenarios = await evidence.ScenariosAsync(Ws, ct);
        Chosen = Scenarios.Where(s => scenario is null || s.Stored.Id == scenario).Select(s => ((StoredScenario, Scenario)?)s).FirstOrDefault();
        var decisions = await evidence.Reviews.MergeDecisionsAsync(Workspace.Name, ct);
        Suggestions = NameMergeSuggestions.From(await evidence.Reviews.MentionTalliesAsync(Workspace.Name, ct), decisions, Chosen?.Parsed, all);
        Decisions = (await evidence.Reviews.NameDecisionsAsync(Workspace.Name, ct)).Reverse().ToList();
    }
}
