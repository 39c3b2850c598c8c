using Plenum.Storage.Evidence;
using Plenum.Web.Evidence;
using Plenum.Web.Security;

namespace Plenum.Web.Pages.Spaces.Evidence;

/// <summary>The workspace's source documents (the evidence workspace of the same name), newest first.</summary>
public sealed class DocumentsModel(WorkspaceAccess access, EvidenceData evidence) : WorkspacePageModel(access)
{
    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];

    public async Task OnGetAsync() =>
        Documents = await evidence.Store.ListAsync(new DocumentQuery { Workspace = Workspace.Name, Limit = 1000 }, HttpContext.RequestAborted);
}
