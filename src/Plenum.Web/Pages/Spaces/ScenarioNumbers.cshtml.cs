using Microsoft.AspNetCore.Mvc;
using Plenum.Core.Scenarios;
using Plenum.Storage;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;
using Plenum.Web.Services.NumberForm;

namespace Plenum.Web.Pages.Spaces;

/// <summary>
/// Every number of a scenario as a form: value, uncertainty and evidence per actor and issue. Viewers read it;
/// analysts and owners change it. Saving writes the changes into the YAML in place (comments kept) and checks it
/// with the CLI's loader; each problem is shown at its field and nothing is saved while any remain.
/// </summary>
[RequestFormLimits(ValueCountLimit = 40_000)]
public sealed class ScenarioNumbersModel(WorkspaceAccess access, PlenumData data, WorkspaceActions actions) : WorkspacePageModel(access)
{
    public StoredScenario Stored { get; private set; } = null!;

    /// <summary>The form read from the stored scenario; null when the stored text does not load (it is then edited as YAML).</summary>
    public ScenarioNumberForm? Form { get; private set; }

    public IReadOnlyList<ScenarioProblem> LoadProblems { get; private set; } = [];

    /// <summary>The numbers shown: the stored ones, or what the analyst posted when it had problems.</summary>
    [BindProperty(Name = "n")] public List<NumberInput> Numbers { get; set; } = [];

    /// <summary>The citations shown: stored ones first, then one empty row per number for a new one.</summary>
    [BindProperty(Name = "e")] public List<CitationInput> Citations { get; set; } = [];

    /// <summary>The hash of the text the form was made from, so a save never overwrites someone else's change unseen.</summary>
    [BindProperty(Name = "version")] public string? Version { get; set; }

    public IReadOnlyList<FieldProblem> Problems { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, bool saved = false)
    {
        if (!await LoadAsync(id)) return NotFound();
        Saved = saved;
        if (Form is not null) Fill(Form.Rows.Select(r => r.Input), Form.Citations);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Form is null) return Page();
        var posted = Numbers.Where(n => !string.IsNullOrEmpty(n.Key)).ToList();
        var citations = Citations.Where(c => !string.IsNullOrEmpty(c.Actor)).ToList();
        if (Version != ScenarioHash.Of(Stored.Yaml))
        {
            Fill(posted, citations.Where(c => !c.IsNew));
            Problems = [new FieldProblem("", new ScenarioProblem(new SourceSpan("scenario.yaml", 1, 1), "changed-meanwhile",
                $"{Stored.UpdatedBy} changed this scenario at {Stored.UpdatedAt:yyyy-MM-dd HH:mm} UTC after you opened the form; reload it and make your changes again"))];
            Version = ScenarioHash.Of(Stored.Yaml);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var save = ScenarioNumberForm.Save(Stored.ScenarioId + ".yaml", Stored.Yaml, posted, citations);
        if (save.IsValid && save.Yaml == Stored.Yaml) return Redirect($"/w/{Ws}/scenarios/{Stored.Id}/numbers?saved=true");
        if (save.IsValid && await actions.UpdateScenarioAsync(Stored, UserName, ScenarioInput.FromYaml(Stored.ScenarioId + ".yaml", save.Yaml!), HttpContext.RequestAborted))
            return Redirect($"/w/{Ws}/scenarios/{Stored.Id}/numbers?saved=true");
        Fill(posted, citations.Where(c => !c.IsNew || !c.IsBlank));
        Problems = save.Problems;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The problems placed at one field.</summary>
    public IEnumerable<ScenarioProblem> ProblemsAt(string field) => Problems.Where(p => p.Field == field).Select(p => p.Problem);

    /// <summary>The form's lists: the numbers (in row order) and the citations, plus an empty new row under every number.</summary>
    private void Fill(IEnumerable<NumberInput> numbers, IEnumerable<CitationInput> citations)
    {
        var byKey = numbers.GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Numbers = Form!.Rows.Select(r => byKey.TryGetValue(r.Key, out var n) ? n : r.Input).ToList();
        Citations = citations.ToList();
        if (CanEdit)
            foreach (var row in Form.Rows.Where(r => r.Present || r.Path.StartsWith("salience.", StringComparison.Ordinal)))
                if (!Citations.Any(c => c.IsNew && c.Actor == row.Actor && c.Supports == row.Path))
                    Citations.Add(new CitationInput { Actor = row.Actor, Supports = row.Path, IsNew = true, Stance = "supports" });
    }

    private async Task<bool> LoadAsync(long id)
    {
        var stored = await data.Accounts.GetScenarioAsync(id, HttpContext.RequestAborted);
        if (stored is null || stored.WorkspaceId != Ws) return false;
        Stored = stored;
        Form = ScenarioNumberForm.Read(stored.ScenarioId + ".yaml", stored.Yaml, out var problems);
        LoadProblems = problems;
        if (HttpMethods.IsGet(Request.Method)) Version = ScenarioHash.Of(stored.Yaml);
        return true;
    }
}
