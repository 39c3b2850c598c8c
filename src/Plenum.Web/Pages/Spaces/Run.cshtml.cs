using Microsoft.AspNetCore.Mvc;
using Plenum.Storage;
using Plenum.Web.Api;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>A run's results: the forecast table here, the interactive charts drawn by <c>results.js</c> from the API.</summary>
public sealed class RunModel(WorkspaceAccess access, PlenumData data, WorkspaceActions actions) : WorkspacePageModel(access)
{
    public RunRecord Record { get; private set; } = null!;
    public ResultView View { get; private set; } = null!;
    public RunExtras? Extras { get; private set; }
    public bool HasReport { get; private set; }

    public async Task<IActionResult> OnGetAsync(long run)
    {
        var record = await ApiEndpoints.FindRunAsync(data, Ws, run, HttpContext.RequestAborted);
        if (record is null) return NotFound();
        Record = record;
        View = ResultView.Parse(record.ResultJson);
        var view = await data.Accounts.GetRunViewAsync(run, HttpContext.RequestAborted);
        Extras = view is null ? null : RunExtras.FromJson(view.ExtrasJson);
        HasReport = view?.ReportHtml is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long run)
    {
        if (await ApiEndpoints.FindRunAsync(data, Ws, run, HttpContext.RequestAborted) is null) return NotFound();
        await actions.DeleteRunAsync(Ws, run, UserName, HttpContext.RequestAborted);
        return Redirect($"/w/{Ws}/runs");
    }
}
