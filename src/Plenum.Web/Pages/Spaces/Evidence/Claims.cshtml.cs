using Plenum.Core.Evidence.Corroboration;
using Plenum.Core.Scenarios;
using Plenum.Storage.Accounts;
using Plenum.Web.Evidence;
using Plenum.Web.Security;

namespace Plenum.Web.Pages.Spaces.Evidence;

/// <summary>The claims of a scenario of the workspace with their independent witnesses and the provenance clusters (as <c>plenum evidence claims</c>).</summary>
public sealed class ClaimsModel(WorkspaceAccess access, EvidenceData evidence) : WorkspacePageModel(access)
{
    public IReadOnlyList<(StoredScenario Stored, Scenario Parsed)> Scenarios { get; private set; } = [];
    public (StoredScenario Stored, Scenario Parsed)? Chosen { get; private set; }
    public CorroborationResult? Result { get; private set; }

    public async Task OnGetAsync(long? scenario)
    {
        Scenarios = await evidence.ScenariosAsync(Ws, HttpContext.RequestAborted);
        Chosen = Scenarios.Where(s => scenario is null || s.Stored.Id == scenario).Select(s => ((StoredScenario, Scenario)?)s).FirstOrDefault();
        if (Chosen is { } chosen) Result = CorroborationAnalysis.Analyse(chosen.Parsed);
    }
}
