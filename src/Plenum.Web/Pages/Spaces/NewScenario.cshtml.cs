using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Plenum.Core.Scenarios;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>Creates a scenario from a template or an uploaded file, showing the CLI's problems when the file is not usable.</summary>
public sealed class NewScenarioModel(WorkspaceAccess access, WorkspaceActions actions, IOptions<WebOptions> options) : WorkspacePageModel(access)
{
    public IReadOnlyList<ScenarioProblem> Problems { get; private set; } = [];
    public string ProblemFile { get; private set; } = "";
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public void OnGet() { }

    public async Task<IActionResult> OnPostTemplateAsync(string template)
    {
        var yaml = ScenarioTemplates.Read(template ?? "");
        if (yaml is null) return Show(template ?? "template", [new ScenarioProblem(new SourceSpan(template ?? "", 1, 1), "template", "no such template")]);
        return await SaveAsync(ScenarioInput.FromYaml(template + ".yaml", yaml), template + ".yaml");
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? format)
    {
        if (file is null || file.Length == 0)
            return Show("upload", [new ScenarioProblem(new SourceSpan("upload", 1, 1), "empty", "choose a file to upload")]);
        if (file.Length > MaxUploadBytes)
            return Show(file.FileName, [new ScenarioProblem(new SourceSpan(file.FileName, 1, 1), "too-large",
                $"the file has {file.Length:N0} bytes; the limit is {MaxUploadBytes:N0} bytes")], StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        return await SaveAsync(ScenarioInput.FromUpload(file.FileName, buffer.ToArray(), format, MaxUploadBytes), file.FileName);
    }

    private async Task<IActionResult> SaveAsync(ScenarioInput input, string file)
    {
        var id = await actions.CreateScenarioAsync(Ws, UserName, input, HttpContext.RequestAborted);
        return id is null ? Show(file, input.Problems) : Redirect($"/w/{Ws}/scenarios/{id}");
    }

    private PageResult Show(string file, IReadOnlyList<ScenarioProblem> problems, int status = StatusCodes.Status422UnprocessableEntity)
    {
        ProblemFile = Path.GetFileName(file);
        Problems = problems;
        Response.StatusCode = status;
        return Page();
    }
}
