using System.Text;
using Microsoft.AspNetCore.Mvc;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>The scenario's YAML as a download: plain text, never rendered as HTML.</summary>
public sealed class ScenarioYamlModel(WorkspaceAccess access, PlenumData data) : WorkspacePageModel(access)
{
    public async Task<IActionResult> OnGetAsync(long id)
    {
        var s = await data.Accounts.GetScenarioAsync(id, HttpContext.RequestAborted);
        if (s is null || s.WorkspaceId != Ws) return NotFound();
        return File(Encoding.UTF8.GetBytes(s.Yaml), "text/plain; charset=utf-8", s.ScenarioId + ".yaml");
    }
}
