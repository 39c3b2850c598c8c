using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages;

/// <summary>The user's workspaces; with only one, goes straight to it.</summary>
public sealed class IndexModel(PlenumData data) : PageModel
{
    public IReadOnlyList<Membership> Memberships { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Memberships = await data.Accounts.MembershipsOfUserAsync(User.UserId(), HttpContext.RequestAborted);
        return Memberships.Count == 1 ? Redirect($"/w/{Memberships[0].WorkspaceId}") : Page();
    }
}
