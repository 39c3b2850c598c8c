using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>The workspace's audit log, for owners.</summary>
public sealed class AuditModel(WorkspaceAccess access, PlenumData data) : WorkspacePageModel(access)
{
    protected override WorkspaceRole NeededToRead => WorkspaceRole.Owner;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await data.Accounts.ListAuditAsync(Ws, 500, HttpContext.RequestAborted);
}
