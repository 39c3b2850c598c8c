using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plenum.Web.Tests;

/// <summary>A forecast's live progress pushed as Server-Sent Events, who may listen, and what a closed browser leaves behind.</summary>
public sealed class JobEventsTest(WebFixture web) : IClassFixture<WebFixture>
{
    /// <summary>One event of the stream: its name and its JSON data.</summary>
    private sealed record ServerEvent(string Name, JsonElement Data);

    [Fact]
    public async Task Events_MonteCarloForecast_PushesRunsDoneThenDoneWithTheRun()
    {
        var anna = web.WithToken("anna");
        var job = await QueueAsync(anna, runs: 400);

        using var response = await anna.GetAsync(job.StatusUrl + "/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var events = await ReadAllAsync(response);

        var last = events[^1];
        Assert.Equal("done", last.Name);
        var runId = last.Data.GetProperty("runId").GetInt64();
        Assert.Equal($"/w/{web.Ws1}/runs/{runId}", last.Data.GetProperty("runUrl").GetString());
        Assert.Equal(400, last.Data.GetProperty("runsTotal").GetInt32());
        Assert.All(events[..^1], e => Assert.Equal("progress", e.Name));
        // Progress only grows, and the pushed events name the phase and the runs done.
        var progress = events.Select(e => e.Data.GetProperty("progress").GetDouble()).ToList();
        Assert.Equal(progress.OrderBy(p => p), progress);
        Assert.Contains(events, e => e.Data.GetProperty("phase").GetString() == "bdm" || e.Data.GetProperty("phase").GetString() == "done");
        Assert.Equal(HttpStatusCode.OK, (await anna.GetAsync($"/api/workspaces/{web.Ws1}/runs/{runId}")).StatusCode);
    }

    [Fact]
    public async Task Events_StreamClosedMidRun_TheRunStillLands()
    {
        var anna = web.WithToken("anna");
        var job = await QueueAsync(anna, runs: 3000);

        using (var response = await anna.GetAsync(job.StatusUrl + "/events", HttpCompletionOption.ResponseHeadersRead))
        {
            await using var stream = await response.Content.ReadAsStreamAsync();
            using var reader = new StreamReader(stream);
            Assert.StartsWith("event: ", await reader.ReadLineAsync());
        }   // the "browser" goes away after the first event

        var done = await WebFixture.WaitForJobAsync(anna, job.StatusUrl);
        Assert.True(done.State == "done", done.Message);
        var run = JsonDocument.Parse(await anna.GetStringAsync($"/api/workspaces/{web.Ws1}/runs/{done.RunId}")).RootElement;
        Assert.Equal(3000, run.GetProperty("run").GetProperty("monteCarloRuns").GetInt32());
    }

    [Fact]
    public async Task Events_ViewerMayListen_OtherWorkspaceGetsNotFound_AnonymousUnauthorized()
    {
        var job = await QueueAsync(web.WithToken("anna"), runs: 1);
        var url = job.StatusUrl + "/events";

        using (var viewer = await web.WithToken("vera").GetAsync(url, HttpCompletionOption.ResponseHeadersRead))
            Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);
        var cookie = await web.SignInAsync("vera");
        using (var viewerCookie = await cookie.GetAsync(url, HttpCompletionOption.ResponseHeadersRead))
            Assert.Equal(HttpStatusCode.OK, viewerCookie.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await web.WithToken("otto").GetAsync(url)).StatusCode);
        // A job of workspace 1 asked for through workspace 2 (where otto is owner) is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await web.WithToken("otto").GetAsync($"/api/workspaces/{web.Ws2}/jobs/{job.Id}/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Anonymous().GetAsync(url)).StatusCode);
    }

    private async Task<Api.JobDto> QueueAsync(HttpClient client, int runs)
    {
        var queued = await client.PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios/{web.Scenario1}/forecasts", new { model = "bdm", runs, seed = 3 });
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        return (await queued.Content.ReadFromJsonAsync<Api.JobDto>())!;
    }

    /// <summary>Reads the stream to its end (the server closes it after done or failed).</summary>
    private static async Task<List<ServerEvent>> ReadAllAsync(HttpResponseMessage response)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var reader = new StreamReader(stream);
        var events = new List<ServerEvent>();
        string? name = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) events.Add(new ServerEvent(name!, JsonDocument.Parse(line[6..]).RootElement.Clone()));
        }
        Assert.NotEmpty(events);
        return events;
    }
}
