using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Plenum.Load;

/// <summary>
/// One user of the web app over HTTP, as a browser or a script would be: a cookie sign-in through the login form
/// (with its antiforgery token), an API token made on the tokens page, and the JSON API with that token.
/// </summary>
public sealed partial class PlenumSession : IDisposable
{
    private readonly HttpClient _http;

    public PlenumSession(Uri address, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _http = new HttpClient(handler) { BaseAddress = address, Timeout = timeout };
    }

    /// <summary>The bearer token, once <see cref="CreateTokenAsync"/> has made one.</summary>
    public string? Token { get; set; }

    /// <summary>Signs in through the form; the status of the POST (302 on success, 401 wrong password, 429 locked).</summary>
    public async Task<HttpStatusCode> LoginAsync(string name, string password, CancellationToken ct = default)
    {
        var form = await FormTokenAsync("login", ct);
        using var response = await _http.PostAsync("login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Password"] = password,
            ["__RequestVerificationToken"] = form,
        }), ct);
        return response.StatusCode;
    }

    /// <summary>Creates an API token on the tokens page (needs a cookie sign-in first) and keeps it.</summary>
    public async Task<string> CreateTokenAsync(string label, CancellationToken ct = default)
    {
        var form = await FormTokenAsync("account/tokens", ct);
        using var response = await _http.PostAsync("account/tokens?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = label,
            ["__RequestVerificationToken"] = form,
        }), ct);
        var page = await response.Content.ReadAsStringAsync(ct);
        var match = NewToken().Match(page);
        if (!match.Success) throw new InvalidOperationException($"no token on the tokens page (HTTP {(int)response.StatusCode})");
        Token = match.Groups[1].Value;
        return Token;
    }

    /// <summary>Sends a request (with the token when there is one) and returns the response for the caller to dispose.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? json = null, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(method, path);
        if (Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (json is not null) request.Content = JsonContent.Create(json);
        return _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
    }

    /// <summary>Asks for a page as a browser does: with the sign-in cookie, never the token.</summary>
    public Task<HttpResponseMessage> GetPageAsync(string path, CancellationToken ct = default) =>
        _http.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);

    /// <summary>Uploads a scenario through the API; its row id on 201, null otherwise (with the status).</summary>
    public async Task<(HttpStatusCode Status, long? Id)> UploadScenarioAsync(long workspace, string fileName, string content, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Post, $"api/workspaces/{workspace}/scenarios", new { fileName, content }, ct);
        if (response.StatusCode != HttpStatusCode.Created) return (response.StatusCode, null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return (response.StatusCode, body.RootElement.GetProperty("id").GetInt64());
    }

    /// <summary>Queues a forecast through the API; the job id on 202, null otherwise (with the status).</summary>
    public async Task<(HttpStatusCode Status, string? Job)> SubmitForecastAsync(long workspace, long scenario, string model, int runs, long seed, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Post, $"api/workspaces/{workspace}/scenarios/{scenario}/forecasts", new { model, runs, seed }, ct);
        if (response.StatusCode != HttpStatusCode.Accepted) return (response.StatusCode, null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return (response.StatusCode, body.RootElement.GetProperty("id").GetString());
    }

    /// <summary>A job's state (queued, running, done, failed) and its run id once saved; null state when the job is unknown.</summary>
    public async Task<(HttpStatusCode Status, string? State, long? RunId)> JobAsync(long workspace, string job, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/workspaces/{workspace}/jobs/{job}", null, ct);
        if (response.StatusCode != HttpStatusCode.OK) return (response.StatusCode, null, null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var root = body.RootElement;
        return (response.StatusCode, root.GetProperty("state").GetString(),
            root.TryGetProperty("runId", out var run) && run.ValueKind == JsonValueKind.Number ? run.GetInt64() : null);
    }

    /// <summary>The ids of the workspace's saved runs, through the API.</summary>
    public async Task<HashSet<long>> RunIdsAsync(long workspace, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/workspaces/{workspace}/runs?limit=1000", null, ct);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return body.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToHashSet();
    }

    /// <summary>The ids of the workspace's scenarios, through the API.</summary>
    public async Task<HashSet<long>> ScenarioIdsAsync(long workspace, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/workspaces/{workspace}/scenarios", null, ct);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return body.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToHashSet();
    }

    public void Dispose() => _http.Dispose();

    private async Task<string> FormTokenAsync(string page, CancellationToken ct)
    {
        using var response = await _http.GetAsync(page, ct);
        var html = await response.Content.ReadAsStringAsync(ct);
        var match = AntiforgeryField().Match(html);
        return match.Success ? match.Groups[1].Value
            : throw new InvalidOperationException($"no antiforgery token on /{page} (HTTP {(int)response.StatusCode})");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<code id=\"new-token\">([^<]+)</code>")]
    private static partial Regex NewToken();
}
