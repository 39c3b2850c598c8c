using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Admin;

/// <summary>User administration (admins only, by the folder's authorization convention).</summary>
public sealed class UsersModel(PlenumData data) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public async Task OnGetAsync() => Users = await data.Accounts.ListUsersAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? role, string? workspace)
    {
        var error = await UserAccounts.AddAsync(data.Accounts, (name ?? "").ToLowerInvariant(), password ?? "", role ?? "", workspace ?? "",
            User.UserName(), data.Clock.GetUtcNow(), HttpContext.RequestAborted);
        Message = error ?? $"user {name} added";
        Failed = error is not null;
        if (Failed) Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync();
        return Page();
    }
}
