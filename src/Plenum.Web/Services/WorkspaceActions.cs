using Microsoft.Extensions.Options;
using Plenum.Storage.Accounts;

namespace Plenum.Web.Services;

/// <summary>
/// The changes pages and API share — saving scenarios, queueing forecasts, deleting runs — each written to the
/// audit log with who did it. Callers have already checked the user's role in the workspace.
/// </summary>
public sealed class WorkspaceActions(PlenumData data, ForecastQueue queue, IOptions<WebOptions> options)
{
    /// <summary>Saves a new scenario; returns its row id, or null when the input has problems.</summary>
    public async Task<long?> CreateScenarioAsync(long workspaceId, string user, ScenarioInput input, CancellationToken ct)
    {
        if (!input.IsValid) return null;
        var s = input.Scenario!;
        var id = await data.Accounts.AddScenarioAsync(workspaceId, s.Id, s.Title, input.Yaml!, user, data.Clock.GetUtcNow(), ct);
        await data.AuditAsync(workspaceId, user, "scenario.create", $"scenario {id}", $"{s.Id}: {s.Actors.Count} actors, {s.Issues.Count} issues", ct);
        return id;
    }

    /// <summary>Replaces a scenario's YAML when it validates; false (and nothing saved) otherwise.</summary>
    public async Task<bool> UpdateScenarioAsync(StoredScenario existing, string user, ScenarioInput input, CancellationToken ct)
    {
        if (!input.IsValid) return false;
        var s = input.Scenario!;
        await data.Accounts.UpdateScenarioAsync(existing.Id, s.Id, s.Title, input.Yaml!, user, data.Clock.GetUtcNow(), ct);
        await data.AuditAsync(existing.WorkspaceId, user, "scenario.update", $"scenario {existing.Id}",
            $"{s.Id}: {input.Yaml!.Length:N0} characters (was {existing.Yaml.Length:N0})", ct);
        return true;
    }

    public async Task DeleteScenarioAsync(StoredScenario existing, string user, CancellationToken ct)
    {
        await data.Accounts.DeleteScenarioAsync(existing.Id, ct);
        await data.AuditAsync(existing.WorkspaceId, user, "scenario.delete", $"scenario {existing.Id}", existing.ScenarioId, ct);
    }

    /// <summary>
    /// Checks the choices and queues the forecast. Returns the job, or an error: <c>(null, message, 400)</c> for bad
    /// choices, <c>(null, message, 429)</c> when the queue is full.
    /// </summary>
    public async Task<(ForecastJob? Job, string? Error, int Status)> SubmitForecastAsync(StoredScenario scenario, string user,
        string? model, int runs, long seed, string? whatIf, string? set, CancellationToken ct)
    {
        var problem = ForecastRequest.Parse(model, runs, seed, whatIf, set, options.Value.MaxRuns, out var models, out var whatIfs, out var values);
        if (problem is not null) return (null, problem, StatusCodes.Status400BadRequest);
        var request = new ForecastRequest(scenario.WorkspaceId, scenario.Id, scenario.Yaml, models, runs, seed, whatIfs, values, user);
        var job = queue.TryEnqueue(request);
        if (job is null)
            return (null, "busy, retry: the forecast queue is full; try again in a minute", StatusCodes.Status429TooManyRequests);
        await data.AuditAsync(scenario.WorkspaceId, user, "forecast.queue", $"scenario {scenario.Id}",
            $"{string.Join(",", models)}, {runs} runs, seed {seed}" + (whatIfs.Count > 0 ? ", what-if " + string.Join("; ", whatIfs) : ""), ct);
        return (job, null, StatusCodes.Status202Accepted);
    }

    public async Task<bool> DeleteRunAsync(long workspaceId, long runId, string user, CancellationToken ct)
    {
        var deleted = await data.Runs.DeleteAsync(runId, ct);
        if (deleted) await data.AuditAsync(workspaceId, user, "run.delete", $"run {runId}", "", ct);
        return deleted;
    }
}
