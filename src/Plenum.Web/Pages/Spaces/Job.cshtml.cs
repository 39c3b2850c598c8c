using Microsoft.AspNetCore.Mvc;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>Progress of a queued forecast; the script polls the API and opens the results when the run is saved.</summary>
public sealed class JobModel(WorkspaceAccess access, ForecastQueue queue) : WorkspacePageModel(access)
{
    public ForecastJob Job { get; private set; } = null!;

    public IActionResult OnGet(string job)
    {
        var found = queue.Find(job);
        if (found is null || found.Request.WorkspaceId != Ws) return NotFound();
        Job = found;
        return Page();
    }
}
