using Plenum.Storage;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>A workspace's overview: its scenarios, latest runs and queued forecasts.</summary>
public sealed class HomeModel(WorkspaceAccess access, PlenumData data, ForecastQueue queue) : WorkspacePageModel(access)
{
    public IReadOnlyList<StoredScenario> Scenarios { get; private set; } = [];
    public IReadOnlyList<RunSummary> Runs { get; private set; } = [];
    public IReadOnlyList<ForecastJob> Pending { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Scenarios = await data.Accounts.ListScenariosAsync(Ws, HttpContext.RequestAborted);
        Runs = await data.Runs.ListAsync(new RunQuery { WorkspaceId = Ws, Limit = 10 }, HttpContext.RequestAborted);
        Pending = queue.Pending(Ws);
    }
}
