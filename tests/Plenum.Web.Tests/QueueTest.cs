using System.Net;
using System.Net.Http.Json;

namespace Plenum.Web.Tests;

/// <summary>The bounded queue: with no worker and room for one job, the second forecast is refused with 429.</summary>
public sealed class QueueTest : IAsyncLifetime
{
    private readonly WebFixture _web = new();
    private PlenumFactory _stalled = null!;

    public async Task InitializeAsync()
    {
        await _web.InitializeAsync();
        _stalled = new PlenumFactory(_web.StorePath, new() { ["Plenum:Workers"] = "0", ["Plenum:QueueCapacity"] = "1" });
    }

    public async Task DisposeAsync()
    {
        await _stalled.DisposeAsync();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task Submit_WhenQueueIsFull_Is429BusyRetry()
    {
        var client = _stalled.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", _web.Tokens["anna"]);
        var url = $"/api/workspaces/{_web.Ws1}/scenarios/{_web.Scenario1}/forecasts";
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync(url, new { model = "mean" })).StatusCode);
        var refused = await client.PostAsJsonAsync(url, new { model = "mean" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("busy, retry", await refused.Content.ReadAsStringAsync());
        Assert.Equal("30", refused.Headers.GetValues("Retry-After").Single());
        // Other requests are still answered at once.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/workspaces/{_web.Ws1}/runs")).StatusCode);
    }
}
