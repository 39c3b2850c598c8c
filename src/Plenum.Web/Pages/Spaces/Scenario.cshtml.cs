using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Plenum.Core.Scenarios;
using Plenum.Storage;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>One scenario: its inputs with uncertainty and evidence, its YAML, and the form that queues a forecast.</summary>
public sealed class ScenarioModel(WorkspaceAccess access, PlenumData data, WorkspaceActions actions, IOptions<WebOptions> options) : WorkspacePageModel(access)
{
    public StoredScenario Stored { get; private set; } = null!;
    public Scenario? Parsed { get; private set; }
    public string? LoadProblem { get; private set; }
    public IReadOnlyList<string> Lines { get; private set; } = [];
    public IReadOnlyList<RunSummary> RecentRuns { get; private set; } = [];
    public string? Error { get; private set; }
    public int MaxRuns => options.Value.MaxRuns;

    /// <summary>A what-if example that fits this scenario (its first actor and issue).</summary>
    public string WhatIfExample => Parsed is { Actors.Count: > 0, Issues.Count: > 0 } p
        ? $"{p.Actors[0].Id}.position.{p.Issues[0].Id}={ScenarioYamlWriter.Num(Math.Round((p.Issues[0].Low + p.Issues[0].High) / 2))}"
        : "actor.position.issue=50";

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRunAsync(long id, string? model, int runs, long seed, string? whatif, string? set)
    {
        if (!await LoadAsync(id)) return NotFound();
        var (job, error, status) = await actions.SubmitForecastAsync(Stored, UserName, model, runs, seed, whatif, set, HttpContext.RequestAborted);
        if (job is not null) return Redirect($"/w/{Ws}/jobs/{job.Id}");
        Error = error;
        Response.StatusCode = status;
        if (status == StatusCodes.Status429TooManyRequests) Response.Headers.RetryAfter = "30";
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await actions.DeleteScenarioAsync(Stored, UserName, HttpContext.RequestAborted);
        return Redirect($"/w/{Ws}");
    }

    private async Task<bool> LoadAsync(long id)
    {
        var stored = await data.Accounts.GetScenarioAsync(id, HttpContext.RequestAborted);
        if (stored is null || stored.WorkspaceId != Ws) return false;
        Stored = stored;
        var input = ScenarioInput.FromYaml(stored.ScenarioId + ".yaml", stored.Yaml);
        Parsed = input.Scenario;
        LoadProblem = input.Problems.Count > 0 ? input.Problems[0].ToString() : null;
        Lines = stored.Yaml.Replace("\r\n", "\n").Split('\n');
        RecentRuns = await data.Runs.ListAsync(new RunQuery { WorkspaceId = Ws, ScenarioHash = ScenarioHash.Of(stored.Yaml), Limit = 8 }, HttpContext.RequestAborted);
        return true;
    }

    /// <summary>A number with its uncertainty, e.g. <c>40 [30–50]</c>.</summary>
    public static string Show(UncertainValue v)
    {
        var value = v.Value.ToString("0.##", CultureInfo.InvariantCulture);
        return v.Uncertainty switch
        {
            null => value,
            NormalDistribution n => $"{value} (σ {n.StandardDeviation.ToString("0.##", CultureInfo.InvariantCulture)})",
            var d => $"{value} [{d.Min.ToString("0.##", CultureInfo.InvariantCulture)}–{d.Max.ToString("0.##", CultureInfo.InvariantCulture)}]",
        };
    }

    public static string NoteOf(UncertainValue v) => v.Note ?? "";
}
