using Microsoft.AspNetCore.Mvc;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>Membership management, for owners. An owner cannot remove themselves (so a workspace keeps an owner).</summary>
public sealed class MembersModel(WorkspaceAccess access, PlenumData data) : WorkspacePageModel(access)
{
    protected override WorkspaceRole NeededToRead => WorkspaceRole.Owner;
    protected override WorkspaceRole NeededToChange => WorkspaceRole.Owner;

    public IReadOnlyList<Membership> Members { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    public long MyId => User.UserId();

    public async Task OnGetAsync() => Members = await data.Accounts.MembersOfWorkspaceAsync(Ws, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostSetAsync(string? user, string? role)
    {
        var target = await data.Accounts.FindUserAsync((user ?? "").Trim().ToLowerInvariant(), HttpContext.RequestAborted);
        var parsed = WorkspaceRoles.Parse(role);
        if (target is null || parsed is null) return await ShowAsync($"no user named '{user}' (or the role is not viewer, analyst or owner)", true);
        if (target.Id == MyId) return await ShowAsync("you cannot change your own role", true);
        await data.Accounts.SetMembershipAsync(Ws, target.Id, parsed.Value, HttpContext.RequestAborted);
        await data.AuditAsync(Ws, UserName, "member.set", target.Name, WorkspaceRoles.Name(parsed.Value), HttpContext.RequestAborted);
        return await ShowAsync($"{target.Name} is now {WorkspaceRoles.Name(parsed.Value)}", false);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? user)
    {
        var target = await data.Accounts.FindUserAsync(user ?? "", HttpContext.RequestAborted);
        if (target is null || target.Id == MyId) return await ShowAsync("cannot remove this member", true);
        await data.Accounts.RemoveMembershipAsync(Ws, target.Id, HttpContext.RequestAborted);
        await data.AuditAsync(Ws, UserName, "member.remove", target.Name, "", HttpContext.RequestAborted);
        return await ShowAsync($"{target.Name} was removed", false);
    }

    private async Task<IActionResult> ShowAsync(string message, bool failed)
    {
        Message = message;
        Failed = failed;
        if (failed) Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync();
        return Page();
    }
}
