using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Plenum.Core.Models;
using Plenum.Storage;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>, for the pages' scripts and for scripts with a token
/// (<c>Authorization: Bearer plm_…</c>). Every workspace route checks membership first: not a member → 404,
/// role too low → 403. Cookie callers must send the antiforgery token (header <c>X-CSRF-TOKEN</c>) on changes.
/// </summary>
public static class ApiEndpoints
{
    public static void MapPlenumApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(AntiforgeryForCookies).WithTags("Plenum");
        api.MapGet("/me", Me).WithSummary("Who the caller is, and their workspaces and roles");
        api.MapGet("/models", Models).WithSummary("The models and their options");

        var ws = api.MapGroup("/workspaces/{ws:long}");
        ws.MapGet("/scenarios", ListScenarios).WithSummary("The workspace's scenarios (viewer)");
        ws.MapPost("/scenarios", CreateScenario).WithSummary("Create a scenario from a YAML, KTAB CSV, Decide or table file (analyst)");
        ws.MapGet("/scenarios/{id:long}", GetScenario).WithSummary("A scenario with its YAML (viewer)");
        ws.MapPut("/scenarios/{id:long}", UpdateScenario).WithSummary("Replace a scenario's YAML; 422 with line/column problems when invalid (analyst)");
        ws.MapDelete("/scenarios/{id:long}", DeleteScenario).WithSummary("Delete a scenario; its runs stay (analyst)");
        ws.MapPost("/scenarios/{id:long}/forecasts", SubmitForecast).WithSummary("Queue a forecast: 202 with a job, 429 when the queue is full (analyst)");
        ws.MapGet("/jobs/{job}", GetJob).WithSummary("A queued forecast's progress (viewer)");
        ws.MapGet("/runs", ListRuns).WithSummary("The workspace's saved runs, newest first (viewer)");
        ws.MapGet("/runs/{run:long}", GetRun).WithSummary("A run: summary, result JSON and the web extras (sensitivity, power) (viewer)");
        ws.MapGet("/runs/{run:long}/result.json", DownloadJson).WithSummary("The result JSON, as the CLI writes it (viewer)");
        ws.MapGet("/runs/{run:long}/result.csv", DownloadCsv).WithSummary("The trajectories as CSV (viewer)");
        ws.MapGet("/runs/{run:long}/report.html", DownloadReport).WithSummary("The HTML report, as a download (viewer)");
        ws.MapDelete("/runs/{run:long}", DeleteRun).WithSummary("Delete a run (analyst)");
        ws.MapGet("/members", Members).WithSummary("The workspace's members and roles (owner)");
        ws.MapGet("/audit", Audit).WithSummary("The workspace's audit log, newest first (owner)");
    }

    /// <summary>Cookie-authenticated changes must carry the antiforgery token; token (bearer) callers cannot be forged.</summary>
    private static async ValueTask<object?> AntiforgeryForCookies(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method)
            && http.User.FindFirst(PlenumClaims.Via)?.Value != "token")
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Json(new ErrorDto("missing or invalid antiforgery token: send the page's token in X-CSRF-TOKEN, or use an API token"),
                    statusCode: StatusCodes.Status400BadRequest);
        }
        return await next(context);
    }

    private static async Task<IResult> Me(HttpContext http, PlenumData data)
    {
        var memberships = await data.Accounts.MembershipsOfUserAsync(http.User.UserId(), http.RequestAborted);
        return Results.Ok(new MeDto(http.User.UserId(), http.User.UserName(), http.User.IsAdmin(),
            memberships.Select(m => new WorkspaceDto(m.WorkspaceId, m.WorkspaceName, WorkspaceRoles.Name(m.Role))).ToList()));
    }

    private static IResult Models() => Results.Ok(ModelCatalog.All.Select(m => new ModelDto(m.Descriptor.Id, m.Descriptor.Title, m.Descriptor.Publication,
        m.Descriptor.Options.Select(o => new ModelOptionDto(o.Key, o.Default, o.Allowed, o.Description)).ToList())).ToList());

    private static async Task<IResult> ListScenarios(long ws, HttpContext http, WorkspaceAccess access, PlenumData data)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Viewer) is { } denied) return denied;
        var list = await data.Accounts.ListScenariosAsync(ws, http.RequestAborted);
        return Results.Ok(list.Select(s => Dto(s, withYaml: false)).ToList());
    }

    private static async Task<IResult> CreateScenario(long ws, ScenarioUploadDto body, HttpContext http, WorkspaceAccess access, WorkspaceActions actions, IOptions<WebOptions> options)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Analyst) is { } denied) return denied;
        var input = ScenarioInput.FromUpload(body.FileName ?? "", Encoding.UTF8.GetBytes(body.Content ?? ""), body.Format, options.Value.MaxUploadBytes);
        var id = await actions.CreateScenarioAsync(ws, http.User.UserName(), input, http.RequestAborted);
        if (id is null) return Problems("the scenario has problems", input);
        return Results.Created($"/api/workspaces/{ws}/scenarios/{id}", new { id, yaml = input.Yaml });
    }

    private static async Task<IResult> GetScenario(long ws, long id, HttpContext http, WorkspaceAccess access, PlenumData data)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Viewer) is { } denied) return denied;
        var s = await data.Accounts.GetScenarioAsync(id, http.RequestAborted);
        return s is null || s.WorkspaceId != ws ? NotFound("no such scenario in this workspace") : Results.Ok(Dto(s, withYaml: true));
    }

    private static async Task<IResult> UpdateScenario(long ws, long id, ScenarioUpdateDto body, HttpContext http, WorkspaceAccess access, PlenumData data, WorkspaceActions actions, IOptions<WebOptions> options)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Analyst) is { } denied) return denied;
        var s = await data.Accounts.GetScenarioAsync(id, http.RequestAborted);
        if (s is null || s.WorkspaceId != ws) return NotFound("no such scenario in this workspace");
        if (Encoding.UTF8.GetByteCount(body.Yaml ?? "") > options.Value.MaxUploadBytes)
            return Results.Json(new ErrorDto($"the scenario is over the {options.Value.MaxUploadBytes:N0}-byte limit"), statusCode: StatusCodes.Status413PayloadTooLarge);
        var input = ScenarioInput.FromYaml("scenario.yaml", body.Yaml ?? "");
        if (!await actions.UpdateScenarioAsync(s, http.User.UserName(), input, http.RequestAborted)) return Problems("the scenario has problems; nothing was saved", input);
        return Results.Ok(Dto((await data.Accounts.GetScenarioAsync(id, http.RequestAborted))!, withYaml: true));
    }

    private static async Task<IResult> DeleteScenario(long ws, long id, HttpContext http, WorkspaceAccess access, PlenumData data, WorkspaceActions actions)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Analyst) is { } denied) return denied;
        var s = await data.Accounts.GetScenarioAsync(id, http.RequestAborted);
        if (s is null || s.WorkspaceId != ws) return NotFound("no such scenario in this workspace");
        await actions.DeleteScenarioAsync(s, http.User.UserName(), http.RequestAborted);
        return Results.NoContent();
    }

    private static async Task<IResult> SubmitForecast(long ws, long id, ForecastRequestDto body, HttpContext http, WorkspaceAccess access, PlenumData data, WorkspaceActions actions)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Analyst) is { } denied) return denied;
        var s = await data.Accounts.GetScenarioAsync(id, http.RequestAborted);
        if (s is null || s.WorkspaceId != ws) return NotFound("no such scenario in this workspace");
        var (job, error, status) = await actions.SubmitForecastAsync(s, http.User.UserName(), body.Model, body.Runs ?? 1, body.Seed ?? 1,
            string.Join('\n', body.WhatIf ?? []), string.Join('\n', body.Set ?? []), http.RequestAborted);
        if (job is null)
        {
            if (status == StatusCodes.Status429TooManyRequests) http.Response.Headers.RetryAfter = "30";
            return Results.Json(new ErrorDto(error!), statusCode: status);
        }
        var dto = JobDtoOf(ws, job);
        return Results.Accepted(dto.StatusUrl, dto);
    }

    private static async Task<IResult> GetJob(long ws, string job, HttpContext http, WorkspaceAccess access, ForecastQueue queue)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Viewer) is { } denied) return denied;
        var found = queue.Find(job);
        return found is null || found.Request.WorkspaceId != ws ? NotFound("no such job in this workspace (finished jobs are forgotten after a while; see the runs)") : Results.Ok(JobDtoOf(ws, found));
    }

    private static async Task<IResult> ListRuns(long ws, HttpContext http, WorkspaceAccess access, PlenumData data, int? limit, int? offset)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Viewer) is { } denied) return denied;
        var runs = await data.Runs.ListAsync(new RunQuery { WorkspaceId = ws, Limit = Math.Clamp(limit ?? 100, 1, 1000), Offset = Math.Max(0, offset ?? 0) }, http.RequestAborted);
        return Results.Ok(runs.Select(r => new RunDto(r.Id, r.CreatedAt, r.ScenarioId, r.Models, r.Seed, r.MonteCarloRuns, r.DurationMs)).ToList());
    }

    private static async Task<IResult> GetRun(long ws, long run, HttpContext http, WorkspaceAccess access, PlenumData data)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Viewer) is { } denied) return denied;
        var record = await FindRunAsync(data, ws, run, http.RequestAborted);
        if (record is null) return NotFound("no such run in this workspace");
        var view = await data.Accounts.GetRunViewAsync(run, http.RequestAborted);
        // The result and extras are embedded verbatim, so the API returns exactly what the CLI saved.
        var json = new StringBuilder();
        json.Append("{\"run\":").Append(JsonSerializer.Serialize(new RunDto(record.Id, record.CreatedAt, record.ScenarioId, record.Models, record.Seed,
            record.MonteCarloRuns, record.DurationMs), JsonSerializerOptions.Web));
        json.Append(",\"options\":").Append(JsonSerializer.Serialize(record.Options));
        json.Append(",\"result\":").Append(record.ResultJson.TrimEnd());
        json.Append(",\"extras\":").Append(view?.ExtrasJson ?? "null");
        json.Append(",\"has_report\":").Append(view?.ReportHtml is null ? "false" : "true").Append('}');
        return Results.Text(json.ToString(), "application/json; charset=utf-8");
    }

    private static async Task<IResult> DownloadJson(long ws, long run, HttpContext http, WorkspaceAccess access, PlenumData data)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Viewer) is { } denied) return denied;
        var record = await FindRunAsync(data, ws, run, http.RequestAborted);
        return record is null ? NotFound("no such run in this workspace")
            : Results.File(Encoding.UTF8.GetBytes(record.ResultJson), "application/json", $"run-{run}.json");
    }

    private static async Task<IResult> DownloadCsv(long ws, long run, HttpContext http, WorkspaceAccess access, PlenumData data)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Viewer) is { } denied) return denied;
        var record = await FindRunAsync(data, ws, run, http.RequestAborted);
        return record is null ? NotFound("no such run in this workspace")
            : Results.File(Encoding.UTF8.GetBytes(ResultCsv.FromJson(record.ResultJson)), "text/csv; charset=utf-8", $"run-{run}.csv");
    }

    private static async Task<IResult> DownloadReport(long ws, long run, HttpContext http, WorkspaceAccess access, PlenumData data)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Viewer) is { } denied) return denied;
        if (await FindRunAsync(data, ws, run, http.RequestAborted) is null) return NotFound("no such run in this workspace");
        var view = await data.Accounts.GetRunViewAsync(run, http.RequestAborted);
        if (view?.ReportHtml is null) return NotFound("this run has no report (runs made with the CLI: use 'plenum forecast --out DIR')");
        // Always a download, never rendered inside the app's origin.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
        return Results.File(Encoding.UTF8.GetBytes(view.ReportHtml), "text/html; charset=utf-8", $"run-{run}-report.html");
    }

    private static async Task<IResult> DeleteRun(long ws, long run, HttpContext http, WorkspaceAccess access, PlenumData data, WorkspaceActions actions)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Analyst) is { } denied) return denied;
        if (await FindRunAsync(data, ws, run, http.RequestAborted) is null) return NotFound("no such run in this workspace");
        await actions.DeleteRunAsync(ws, run, http.User.UserName(), http.RequestAborted);
        return Results.NoContent();
    }

    private static async Task<IResult> Members(long ws, HttpContext http, WorkspaceAccess access, PlenumData data)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Owner) is { } denied) return denied;
        var members = await data.Accounts.MembersOfWorkspaceAsync(ws, http.RequestAborted);
        return Results.Ok(members.Select(m => new MemberDto(m.UserId, m.UserName, WorkspaceRoles.Name(m.Role))).ToList());
    }

    private static async Task<IResult> Audit(long ws, HttpContext http, WorkspaceAccess access, PlenumData data, int? limit)
    {
        if (await DenyAsync(http, access, ws, WorkspaceRole.Owner) is { } denied) return denied;
        var entries = await data.Accounts.ListAuditAsync(ws, Math.Clamp(limit ?? 200, 1, 5000), http.RequestAborted);
        return Results.Ok(entries.Select(e => new AuditDto(e.Id, e.UserName, e.Action, e.Target, e.Detail, e.CreatedAt)).ToList());
    }

    // ---- helpers

    internal static async Task<RunRecord?> FindRunAsync(PlenumData data, long ws, long run, CancellationToken ct)
    {
        var record = await data.Runs.GetAsync(run, ct);
        return record is null || record.WorkspaceId != ws ? null : record;
    }

    internal static async Task<IResult?> DenyAsync(HttpContext http, WorkspaceAccess access, long ws, WorkspaceRole needed)
    {
        var decision = await access.CheckAsync(http.User, ws, needed, http.RequestAborted);
        return decision.Status switch
        {
            StatusCodes.Status200OK => null,
            StatusCodes.Status404NotFound => NotFound("no such workspace"),
            StatusCodes.Status403Forbidden => Results.Json(new ErrorDto($"your role here is {WorkspaceRoles.Name(decision.Role!.Value)}; this needs {WorkspaceRoles.Name(needed)}"),
                statusCode: StatusCodes.Status403Forbidden),
            _ => Results.Unauthorized(),
        };
    }

    private static IResult NotFound(string message) => Results.Json(new ErrorDto(message), statusCode: StatusCodes.Status404NotFound);

    private static IResult Problems(string error, ScenarioInput input) =>
        Results.Json(new ProblemsDto(error, input.Problems.Select(ProblemDto.From).ToList()), statusCode: StatusCodes.Status422UnprocessableEntity);

    private static ScenarioDto Dto(StoredScenario s, bool withYaml) =>
        new(s.Id, s.WorkspaceId, s.ScenarioId, s.Title, s.UpdatedAt, s.UpdatedBy, withYaml ? s.Yaml : null);

    internal static JobDto JobDtoOf(long ws, ForecastJob job)
    {
        var (state, progress, message, runId) = job.Status;
        return new JobDto(job.Id, state, progress, message, runId, $"/api/workspaces/{ws}/jobs/{job.Id}");
    }
}
