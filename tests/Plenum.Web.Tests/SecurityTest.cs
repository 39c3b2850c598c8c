using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Plenum.Web.Tests;

/// <summary>Sign-in, throttling, antiforgery, tokens, headers and the audit log.</summary>
public sealed class SecurityTest(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Login_WrongPassword_Is401AndNoCookie()
    {
        var client = web.Anonymous();
        var response = await WebFixture.PostFormAsync(client, "/login", "/login", new() { ["Name"] = "anna", ["Password"] = "wrong-password!" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The user name or password is wrong.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/w/{web.Ws1}")).StatusCode);
    }

    [Fact]
    public async Task Login_AfterFiveFailures_IsRefusedEvenWithTheRightPassword()
    {
        // A user of its own, so other tests' sign-ins are not throttled.
        await using (var store = Storage.RunStores.Open(web.StorePath))
            Assert.Null(await Security.UserAccounts.AddAsync(Storage.Accounts.AccountStore.For(store), "tess", WebFixture.Password, "viewer", "default", "test", DateTimeOffset.UtcNow));
        var client = web.Anonymous();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await WebFixture.PostFormAsync(client, "/login", "/login", new() { ["Name"] = "tess", ["Password"] = "guess-number-" + i })).StatusCode);
        var locked = await WebFixture.PostFormAsync(client, "/login", "/login", new() { ["Name"] = "tess", ["Password"] = WebFixture.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Too many failed sign-ins", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PageForm_WithoutAntiforgeryToken_IsRejected()
    {
        var client = await web.SignInAsync("anna");
        var response = await client.PostAsync($"/w/{web.Ws1}/scenarios/new?handler=Template",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["template"] = "starter-committee" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ApiChange_WithCookieButNoCsrfHeader_IsRejected_WithHeaderAccepted()
    {
        var client = await web.SignInAsync("anna");
        var body = JsonContent.Create(new { fileName = "s.yaml", content = web.StarterYaml });
        var refused = await client.PostAsync($"/api/workspaces/{web.Ws1}/scenarios", body);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("antiforgery", await refused.Content.ReadAsStringAsync());

        var html = await client.GetStringAsync($"/w/{web.Ws1}");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/workspaces/{web.Ws1}/scenarios") { Content = JsonContent.Create(new { fileName = "s.yaml", content = web.StarterYaml }) };
        request.Headers.Add("X-CSRF-TOKEN", WebUtility.HtmlDecode(token));
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Token_UnknownOrMalformed_Is401()
    {
        var client = web.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "plm_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "something-else");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        var me = await web.WithToken("vera").GetFromJsonAsync<Api.MeDto>("/api/me");
        Assert.Equal("vera", me!.Name);
        Assert.Equal("viewer", Assert.Single(me.Workspaces).Role);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/models")]
    public async Task Responses_CarrySecurityHeaders(string path)
    {
        var client = path.StartsWith("/api") ? web.WithToken("vera") : web.Anonymous();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task AuthCookie_IsHttpOnlyAndSameSiteStrict()
    {
        var client = web.Anonymous();
        var response = await WebFixture.PostFormAsync(client, "/login", "/login", new() { ["Name"] = "vera", ["Password"] = WebFixture.Password });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("plenum.auth="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AuditLog_RecordsWhoChangedWhat_AndOwnersSeeIt()
    {
        var anna = web.WithToken("anna");
        var created = await anna.PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios", new { fileName = "audit.yaml", content = web.StarterYaml });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entries = await web.WithToken("ada").GetFromJsonAsync<List<Api.AuditDto>>($"/api/workspaces/{web.Ws1}/audit");
        Assert.Contains(entries!, e => e.User == "anna" && e.Action == "scenario.create");
        var ada = await web.SignInAsync("ada");
        var page = await ada.GetStringAsync($"/w/{web.Ws1}/audit");
        Assert.Contains("scenario.create", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await web.WithToken("anna").GetAsync($"/api/workspaces/{web.Ws1}/audit")).StatusCode);
    }

    [Fact]
    public async Task AdminAddsUser_NewUserCanSignIn_AndIsAudited()
    {
        var ada = await web.SignInAsync("ada");
        var response = await WebFixture.PostFormAsync(ada, "/admin/users", "/admin/users",
            new() { ["name"] = "nina", ["password"] = "nina-password-1", ["role"] = "analyst", ["workspace"] = "default" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("user nina added", await response.Content.ReadAsStringAsync());
        await web.SignInAsync("nina", "nina-password-1");
        var weak = await WebFixture.PostFormAsync(ada, "/admin/users", "/admin/users",
            new() { ["name"] = "weak", ["password"] = "short", ["role"] = "viewer", ["workspace"] = "default" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("at least 10 characters", await weak.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApi()
    {
        var json = await web.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/workspaces/{ws}/scenarios/{id}/forecasts", json);
        Assert.Contains("/api/workspaces/{ws}/runs/{run}/result.csv", json);
    }
}
