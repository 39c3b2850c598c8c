using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Plenum.Core.Scenarios;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>The YAML editor: analysts and owners only (viewers get 403 even for the form).</summary>
public sealed class EditScenarioModel(WorkspaceAccess access, PlenumData data, WorkspaceActions actions, IOptions<WebOptions> options) : WorkspacePageModel(access)
{
    protected override WorkspaceRole NeededToRead => WorkspaceRole.Analyst;

    public StoredScenario Stored { get; private set; } = null!;
    public string Yaml { get; private set; } = "";
    public IReadOnlyList<ScenarioProblem> Problems { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Yaml = Stored.Yaml;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? yaml)
    {
        if (!await LoadAsync(id)) return NotFound();
        Yaml = yaml ?? "";
        if (Encoding.UTF8.GetByteCount(Yaml) > options.Value.MaxUploadBytes)
        {
            Problems = [new ScenarioProblem(new SourceSpan("scenario.yaml", 1, 1), "too-large", $"the scenario is over the {options.Value.MaxUploadBytes:N0}-byte limit")];
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        var input = ScenarioInput.FromYaml(Stored.ScenarioId + ".yaml", Yaml);
        if (!await actions.UpdateScenarioAsync(Stored, UserName, input, HttpContext.RequestAborted))
        {
            Problems = input.Problems;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Saved = true;
        Stored = (await data.Accounts.GetScenarioAsync(id, HttpContext.RequestAborted))!;
        return Page();
    }

    private async Task<bool> LoadAsync(long id)
    {
        var stored = await data.Accounts.GetScenarioAsync(id, HttpContext.RequestAborted);
        if (stored is null || stored.WorkspaceId != Ws) return false;
        Stored = stored;
        return true;
    }
}
