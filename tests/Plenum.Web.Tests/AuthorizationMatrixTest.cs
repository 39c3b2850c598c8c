using System.Net;
using System.Text;

namespace Plenum.Web.Tests;

/// <summary>
/// Every page and API endpoint × every kind of caller: anonymous (401, or a redirect to the login page), a member
/// of another workspace (404), a member whose role is too low (403), and members whose role suffices (allowed).
/// </summary>
public sealed class AuthorizationMatrixTest(WebFixture web) : IClassFixture<WebFixture>
{
    /// <summary>One endpoint: how to call it, and the lowest role that may. Destructive ones are only checked for refusals.</summary>
    public sealed record Endpoint(string Method, string Url, string Needed, bool Api, bool Destructive = false, string? Body = null,
        Dictionary<string, string>? Form = null);

    private static readonly Dictionary<string, int> Rank = new() { ["viewer"] = 1, ["analyst"] = 2, ["owner"] = 3 };

    /// <summary>The role each test user has in workspace 1 (otto is not a member there).</summary>
    private static readonly Dictionary<string, string?> RoleInWs1 = new() { ["ada"] = "owner", ["anna"] = "analyst", ["vera"] = "viewer", ["otto"] = null };

    private IEnumerable<Endpoint> Endpoints(long ws, long scenario, long run)
    {
        var p = $"/w/{ws}";
        var a = $"/api/workspaces/{ws}";
        var yamlJson = System.Text.Json.JsonSerializer.Serialize(new { yaml = web.StarterYaml });
        var uploadJson = System.Text.Json.JsonSerializer.Serialize(new { fileName = "s.yaml", content = web.StarterYaml });
        return
        [
            new("GET", p, "viewer", false),
            new("GET", $"{p}/scenarios/new", "viewer", false),
            new("POST", $"{p}/scenarios/new?handler=Template", "analyst", false, Form: new() { ["template"] = "starter-committee" }),
            new("POST", $"{p}/scenarios/new?handler=Upload", "analyst", false, Form: new()),
            new("GET", $"{p}/scenarios/{scenario}", "viewer", false),
            new("GET", $"{p}/scenarios/{scenario}/yaml", "viewer", false),
            new("GET", $"{p}/scenarios/{scenario}/edit", "analyst", false),
            new("POST", $"{p}/scenarios/{scenario}/edit", "analyst", false, Form: new() { ["yaml"] = web.StarterYaml }),
            new("GET", $"{p}/scenarios/{scenario}/numbers", "viewer", false),
            new("POST", $"{p}/scenarios/{scenario}/numbers", "analyst", false, Form: new() { ["version"] = "stale" }),
            new("POST", $"{p}/scenarios/{scenario}?handler=Run", "analyst", false, Form: new() { ["model"] = "mean", ["runs"] = "1", ["seed"] = "1" }),
            new("POST", $"{p}/scenarios/{scenario}?handler=Delete", "analyst", false, Destructive: true, Form: new()),
            new("GET", $"{p}/runs", "viewer", false),
            new("GET", $"{p}/runs/{run}", "viewer", false),
            new("GET", $"{p}/runs/compare?a={run}&b={run}", "viewer", false),
            new("POST", $"{p}/runs/{run}?handler=Delete", "analyst", false, Destructive: true, Form: new()),
            new("GET", $"{p}/members", "owner", false),
            new("POST", $"{p}/members?handler=Set", "owner", false, Form: new() { ["user"] = "vera", ["role"] = "viewer" }),
            new("GET", $"{p}/audit", "owner", false),
            new("GET", $"{a}/scenarios", "viewer", true),
            new("POST", $"{a}/scenarios", "analyst", true, Body: uploadJson),
            new("GET", $"{a}/scenarios/{scenario}", "viewer", true),
            new("PUT", $"{a}/scenarios/{scenario}", "analyst", true, Body: yamlJson),
            new("DELETE", $"{a}/scenarios/{scenario}", "analyst", true, Destructive: true),
            new("POST", $"{a}/scenarios/{scenario}/forecasts", "analyst", true, Body: "{\"model\":\"mean\"}"),
            new("GET", $"{a}/jobs/none", "viewer", true, Destructive: true),
            new("GET", $"{a}/jobs/none/events", "viewer", true, Destructive: true),
            new("GET", $"{a}/runs", "viewer", true),
            new("GET", $"{a}/runs/{run}", "viewer", true),
            new("GET", $"{a}/runs/{run}/result.json", "viewer", true),
            new("GET", $"{a}/runs/{run}/result.csv", "viewer", true),
            new("GET", $"{a}/runs/{run}/report.html", "viewer", true),
            new("DELETE", $"{a}/runs/{run}", "analyst", true, Destructive: true),
            new("GET", $"{a}/members", "owner", true),
            new("GET", $"{a}/audit", "owner", true),
            .. EvidenceEndpoints(ws, scenario),
        ];
    }

    /// <summary>The evidence pages and API: documents, quote review, name merges, claims, search.</summary>
    private IEnumerable<Endpoint> EvidenceEndpoints(long ws, long scenario)
    {
        var p = $"/w/{ws}/evidence";
        var a = $"/api/workspaces/{ws}";
        var doc = web.Document;
        var quote = ws == web.Ws1 ? web.Quote1 : web.Quote2;
        var claim = System.Text.Json.JsonSerializer.Serialize(new { document = doc, start = 0, end = 40, statement = "The report has a title" });
        return
        [
            new("GET", p, "viewer", false),
            new("GET", $"{p}/documents/{doc}", "viewer", false),
            new("POST", $"{p}/documents/{doc}?handler=Confirm", "analyst", false, Form: new() { ["quote"] = $"{quote}" }),
            new("POST", $"{p}/documents/{doc}?handler=Correct", "analyst", false, Form: new() { ["quote"] = $"{quote}", ["speaker"] = "stalin", ["addressee"] = "none" }),
            new("POST", $"{p}/documents/{doc}?handler=Claim", "analyst", false,
                Form: new() { ["scenario"] = $"{scenario}", ["start"] = "0", ["end"] = "40", ["statement"] = "The report has a title" }),
            new("GET", $"{p}/names", "viewer", false),
            new("POST", $"{p}/names?handler=Merge", "analyst", false, Form: new() { ["spelling"] = "Bucharin", ["actor"] = "bukharin" }),
            new("POST", $"{p}/names?handler=Reject", "analyst", false, Form: new() { ["spelling"] = "Kaganovitchs", ["actor"] = "kamenev" }),
            new("GET", $"{p}/claims", "viewer", false),
            new("GET", $"{p}/search?q=plenum", "viewer", false),
            new("GET", $"{a}/evidence/documents", "viewer", true),
            new("GET", $"{a}/evidence/documents/{doc}", "viewer", true),
            new("POST", $"{a}/evidence/quotes/{quote}/confirm", "analyst", true, Body: "{}"),
            new("POST", $"{a}/evidence/quotes/{quote}/correct", "analyst", true, Body: "{\"speaker\":\"stalin\"}"),
            new("GET", $"{a}/evidence/merges", "viewer", true),
            new("GET", $"{a}/evidence/merges/decisions", "viewer", true),
            new("POST", $"{a}/evidence/merges", "analyst", true, Body: "{\"spelling\":\"Bucharin\",\"actor\":\"bukharin\",\"verdict\":\"confirm\"}"),
            new("GET", $"{a}/evidence/claims", "viewer", true),
            new("POST", $"{a}/scenarios/{scenario}/claims", "analyst", true, Body: claim),
            new("GET", $"{a}/evidence/search?q=plenum", "viewer", true),
        ];
    }

    [Fact]
    public async Task EveryEndpoint_EveryCaller_AnswersAsItsRoleAllows()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in WebFixture.Users) clients[user] = await web.SignInAsync(user);

        foreach (var e in Endpoints(web.Ws1, web.Scenario1, web.Run1))
        {
            // Anonymous.
            var anonymous = await SendAsync(web.Anonymous(), e, "anonymous", null);
            checkedCount++;
            if (e.Api ? anonymous.StatusCode != HttpStatusCode.Unauthorized
                      : anonymous.StatusCode != HttpStatusCode.Redirect || anonymous.Headers.Location?.ToString().Contains("/login") != true)
                failures.Add($"anonymous {e.Method} {e.Url}: {(int)anonymous.StatusCode} {anonymous.Headers.Location}");

            foreach (var user in WebFixture.Users)
            {
                var client = e.Api ? web.WithToken(user) : clients[user];
                var role = RoleInWs1[user];
                int expected;
                if (role is null) expected = 404;
                else if (Rank[role] < Rank[e.Needed]) expected = 403;
                else if (e.Destructive) continue;
                else expected = 200;
                var response = await SendAsync(client, e, user, role);
                checkedCount++;
                var status = (int)response.StatusCode;
                var ok = expected == 200 ? status is < 500 and not 401 and not 403 and not 404 and not 400 : status == expected;
                if (!ok) failures.Add($"{user} ({role ?? "not a member"}) {e.Method} {e.Url}: expected {(expected == 200 ? "allowed" : expected)}, got {status}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} checks failed:\n" + string.Join("\n", failures));
        Assert.True(checkedCount > 120, $"only {checkedCount} checks ran");
    }

    [Fact]
    public async Task MembersOfWorkspace1_ReachingIntoWorkspace2_GetNotFound()
    {
        var failures = new List<string>();
        foreach (var user in new[] { "ada", "anna", "vera" })
        {
            var cookie = await web.SignInAsync(user);
            foreach (var e in Endpoints(web.Ws2, web.Scenario2, web.Run2))
            {
                var response = await SendAsync(e.Api ? web.WithToken(user) : cookie, e, user, null);
                if (response.StatusCode != HttpStatusCode.NotFound) failures.Add($"{user} {e.Method} {e.Url}: {(int)response.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task ResourceOfWorkspace2_ThroughWorkspace1Url_IsNotFound()
    {
        var anna = web.WithToken("anna");
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/api/workspaces/{web.Ws1}/scenarios/{web.Scenario2}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/api/workspaces/{web.Ws1}/runs/{web.Run2}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/api/workspaces/{web.Ws1}/runs/{web.Run2}/result.json")).StatusCode);
        var cookie = await web.SignInAsync("anna");
        Assert.Equal(HttpStatusCode.NotFound, (await cookie.GetAsync($"/w/{web.Ws1}/runs/{web.Run2}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cookie.GetAsync($"/w/{web.Ws1}/scenarios/{web.Scenario2}")).StatusCode);
    }

    [Fact]
    public async Task AdminPages_NonAdmins_AreForbidden()
    {
        foreach (var user in new[] { "anna", "vera", "otto" })
        {
            var client = await web.SignInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/users")).StatusCode);
        }
        var ada = await web.SignInAsync("ada");
        Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync("/admin/users")).StatusCode);
        var anonymous = await web.Anonymous().GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, Endpoint e, string user, string? role)
    {
        var request = new HttpRequestMessage(new HttpMethod(e.Method), e.Url);
        if (e.Form is not null)
        {
            var fields = new Dictionary<string, string>(e.Form);
            // Signed-in callers send a valid antiforgery token, so what is tested is the access rule, not the token check.
            if (user != "anonymous") fields["__RequestVerificationToken"] = await WebFixture.FormTokenAsync(client, "/account/tokens");
            request.Content = new FormUrlEncodedContent(fields);
        }
        else if (e.Body is not null) request.Content = new StringContent(e.Body, Encoding.UTF8, "application/json");
        return await client.SendAsync(request);
    }
}
