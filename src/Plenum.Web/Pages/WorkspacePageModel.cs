using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;

namespace Plenum.Web.Pages;

/// <summary>
/// Base of every page under <c>/w/{ws}</c>: before any handler runs, checks the user's membership — not a
/// member → 404, role too low → 403 — so no page can forget the check. Reading needs
/// <see cref="NeededToRead"/>, any POST <see cref="NeededToChange"/>.
/// </summary>
public abstract class WorkspacePageModel(WorkspaceAccess access) : PageModel
{
    public long Ws { get; private set; }
    public Workspace Workspace { get; private set; } = null!;
    public WorkspaceRole Role { get; private set; }
    public bool CanEdit => Role >= WorkspaceRole.Analyst;
    public bool IsOwner => Role == WorkspaceRole.Owner;
    public string UserName => User.UserName();

    protected virtual WorkspaceRole NeededToRead => WorkspaceRole.Viewer;
    protected virtual WorkspaceRole NeededToChange => WorkspaceRole.Analyst;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!long.TryParse(RouteData.Values["ws"]?.ToString(), out var ws))
        {
            context.Result = NotFound();
            return;
        }
        var needed = HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method) ? NeededToRead : NeededToChange;
        var decision = await access.CheckAsync(User, ws, needed, HttpContext.RequestAborted);
        if (!decision.Allowed)
        {
            context.Result = new StatusCodeResult(decision.Status);
            return;
        }
        Ws = ws;
        Workspace = decision.Workspace!;
        Role = decision.Role!.Value;
        await next();
    }
}
