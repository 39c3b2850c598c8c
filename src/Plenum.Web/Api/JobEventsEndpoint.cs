using System.Text.Json;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Api;

/// <summary>
/// A forecast's live progress as Server-Sent Events (<c>text/event-stream</c>): one <c>progress</c> event per
/// change (at most <see cref="MinimumGap"/> apart), then one <c>done</c> or <c>failed</c> event, and the stream
/// ends. Authorised like the job itself (a viewer of the workspace). Closing the stream never touches the job: the
/// forecast runs on and its run is saved.
/// </summary>
public static class JobEventsEndpoint
{
    /// <summary>Shortest time between two events: a Monte Carlo run reports after every batch, the page needs far fewer.</summary>
    private static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(150);

    /// <summary>A comment line this often keeps proxies from closing a quiet stream (a long model run reports nothing).</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapJobEvents(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/workspaces/{ws:long}/jobs/{job}/events", StreamAsync).WithTags("Plenum")
            .WithSummary("A queued forecast's progress pushed as Server-Sent Events: progress…, then done or failed (viewer)");

    private static async Task<IResult> StreamAsync(long ws, string job, HttpContext http, WorkspaceAccess access, ForecastQueue queue)
    {
        if (await ApiEndpoints.DenyAsync(http, access, ws, WorkspaceRole.Viewer) is { } denied) return denied;
        var found = queue.Find(job);
        if (found is null || found.Request.WorkspaceId != ws)
            return Results.Json(new ErrorDto("no such job in this workspace (finished jobs are forgotten after a while; see the runs)"), statusCode: StatusCodes.Status404NotFound);
        return new EventStream(ws, found);
    }

    /// <summary>Writes the events until the job ends or the browser goes away.</summary>
    private sealed class EventStream(long ws, ForecastJob job) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            var ct = http.RequestAborted;
            http.Response.ContentType = "text/event-stream; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["X-Accel-Buffering"] = "no";
            await http.Response.Body.FlushAsync(ct);
            long seen = -1;
            try
            {
                while (true)
                {
                    var snapshot = job.Snapshot;
                    if (snapshot.Version != seen)
                    {
                        seen = snapshot.Version;
                        await WriteAsync(http, EventOf(snapshot), snapshot, ct);
                        if (snapshot.State is "done" or "failed") return;
                        await Task.Delay(MinimumGap, ct);
                        continue;
                    }
                    var changed = job.WaitForChangeAsync(seen, ct);
                    if (await Task.WhenAny(changed, Task.Delay(KeepAlive, ct)) != changed)
                    {
                        await http.Response.WriteAsync(": still running\n\n", ct);
                        await http.Response.Body.FlushAsync(ct);
                    }
                    else await changed;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The browser went away; the job runs on and its run is saved.
            }
        }

        private static string EventOf(JobSnapshot s) => s.State switch { "done" => "done", "failed" => "failed", _ => "progress" };

        private async Task WriteAsync(HttpContext http, string name, JobSnapshot s, CancellationToken ct)
        {
            var payload = new JobEventDto(s.State, s.Progress, s.Message, s.Phase, s.RunsDone, s.RunsTotal, s.RunId,
                s.RunId is { } run ? $"/w/{ws}/runs/{run}" : null);
            var text = $"event: {name}\nid: {s.Version}\ndata: {JsonSerializer.Serialize(payload, Json)}\n\n";
            await http.Response.WriteAsync(text, ct);
            await http.Response.Body.FlushAsync(ct);
        }
    }
}

/// <summary>
/// One pushed progress event: <see cref="Phase"/> is the model running (or reading, sensitivity, report, done,
/// failed); <see cref="RunsDone"/> of <see cref="RunsTotal"/> Monte Carlo runs of that model are finished;
/// <see cref="RunUrl"/> is the results page once done.
/// </summary>
public sealed record JobEventDto(string State, double Progress, string Message, string Phase, int RunsDone, int RunsTotal, long? RunId, string? RunUrl);
