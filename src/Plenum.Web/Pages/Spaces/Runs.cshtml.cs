using Plenum.Storage;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>The workspace's runs (the CLI's runs appear in the default workspace).</summary>
public sealed class RunsModel(WorkspaceAccess access, PlenumData data) : WorkspacePageModel(access)
{
    public IReadOnlyList<RunSummary> Runs { get; private set; } = [];

    public async Task OnGetAsync() =>
        Runs = await data.Runs.ListAsync(new RunQuery { WorkspaceId = Ws, Limit = 200 }, HttpContext.RequestAborted);
}
