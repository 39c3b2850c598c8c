using Plenum.Evidence.Search;
using Plenum.Storage.Evidence;
using Plenum.Web.Evidence;
using Plenum.Web.Security;

namespace Plenum.Web.Pages.Spaces.Evidence;

/// <summary>Full-text search over the workspace's documents, hits with the matched words highlighted.</summary>
public sealed class SearchModel(WorkspaceAccess access, EvidenceData evidence) : WorkspacePageModel(access)
{
    public string? Q { get; private set; }
    public SearchResults Hits { get; private set; } = SearchResults.None;
    public string? Error { get; private set; }

    public async Task OnGetAsync(string? q)
    {
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (Q is null) return;
        try
        {
            Hits = await evidence.Store.SearchAsync(new EvidenceSearch(SearchQuery.Parse(Q)) { Workspace = Workspace.Name, Limit = 50 }, HttpContext.RequestAborted);
        }
        catch (SearchSyntaxException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
    }
}
