using System.Security.Claims;
using Plenum.Storage.Accounts;
using Plenum.Web.Services;

namespace Plenum.Web.Security;

/// <summary>
/// The one place that decides whether a user may see or change something in a workspace. A user who is not a
/// member gets "not found" (the workspace's existence is not revealed); a member whose role is too low gets
/// "forbidden".
/// </summary>
public sealed class WorkspaceAccess(PlenumData data)
{
    /// <summary>The outcome of a check: the member's role, or the status to answer with.</summary>
    public readonly record struct Decision(Workspace? Workspace, WorkspaceRole? Role, int Status)
    {
        public bool Allowed => Status == StatusCodes.Status200OK;
    }

    public async Task<Decision> CheckAsync(ClaimsPrincipal user, long workspaceId, WorkspaceRole needed, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true) return new(null, null, StatusCodes.Status401Unauthorized);
        var role = await data.Accounts.RoleAsync(user.UserId(), workspaceId, ct);
        if (role is null) return new(null, null, StatusCodes.Status404NotFound);
        var workspace = await data.Accounts.GetWorkspaceAsync(workspaceId, ct);
        if (workspace is null) return new(null, null, StatusCodes.Status404NotFound);
        return role >= needed ? new(workspace, role, StatusCodes.Status200OK) : new(workspace, role, StatusCodes.Status403Forbidden);
    }
}
