using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Plenum.Core.Scenarios;

namespace Plenum.Web.Tests.NumberForm;

/// <summary>The numbers page over HTTP: the CLI's message at the offending field, saving in place, viewers read-only.</summary>
public sealed partial class ScenarioNumbersPageTest(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Post_SalienceOutOfRange_ShowsTheClisMessageAtTheField_AndSavesNothing()
    {
        var id = await CreateAsync();
        var anna = await web.SignInAsync("anna");
        var url = $"/w/{web.Ws1}/scenarios/{id}/numbers";

        var response = await WebFixture.PostFormAsync(anna, url, url, new()
        {
            ["version"] = await VersionAsync(anna, url),
            ["n[0].Key"] = "chair.salience.budget", ["n[0].Value"] = "190", ["n[0].Kind"] = "none",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var cli = Assert.Single(ScenarioLoader.Load("s.yaml", web.StarterYaml.Replace("salience: { budget: 80 }", "salience: { budget: 190 }")).Problems);
        var atField = FieldProblem(html, "f-chair_salience_budget");
        Assert.Contains(HtmlEncoder.Default.Encode(cli.Message), atField);
        Assert.Contains($"({cli.Code})", atField);
        Assert.Contains("value=\"190\"", html);   // what the analyst typed is kept in the form
        Assert.Equal(web.StarterYaml, await StoredYamlAsync(id));
    }

    [Fact]
    public async Task Post_NewUncertainty_IsSavedInPlace_CommentsKept_AndAudited()
    {
        var id = await CreateAsync();
        var anna = await web.SignInAsync("anna");
        var url = $"/w/{web.Ws1}/scenarios/{id}/numbers";

        var response = await WebFixture.PostFormAsync(anna, url, url, new()
        {
            ["version"] = await VersionAsync(anna, url),
            ["n[0].Key"] = "member-a.position.budget", ["n[0].Value"] = "60", ["n[0].Kind"] = "triangular", ["n[0].Parameters"] = "50, 60, 75",
            ["n[0].Note"] = "analyst's estimate: two interviews",
            ["e[0].Actor"] = "member-a", ["e[0].Supports"] = "position.budget", ["e[0].IsNew"] = "true", ["e[0].Source"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/numbers?saved=true", response.Headers.Location!.ToString());
        var yaml = await StoredYamlAsync(id);
        Assert.StartsWith("# A starting point: a five-member committee", yaml);
        Assert.Contains("position: { budget: { value: 60, triangular: [50, 60, 75], note: \"analyst's estimate: two interviews\" } }", yaml);
        var audit = await web.WithToken("ada").GetStringAsync($"/api/workspaces/{web.Ws1}/audit");
        Assert.Contains($"scenario {id}", audit);
    }

    [Fact]
    public async Task Post_AfterSomeoneElseSaved_IsRefusedAsStale()
    {
        var id = await CreateAsync();
        var anna = await web.SignInAsync("anna");
        var url = $"/w/{web.Ws1}/scenarios/{id}/numbers";
        var version = await VersionAsync(anna, url);
        var put = await web.WithToken("ada").PutAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios/{id}", new { yaml = web.StarterYaml.Replace("capability: 20", "capability: 21") });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var response = await WebFixture.PostFormAsync(anna, url, url, new() { ["version"] = version, ["n[0].Key"] = "chair.capability", ["n[0].Value"] = "31" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("changed-meanwhile", await response.Content.ReadAsStringAsync());
        Assert.Contains("capability: 21", await StoredYamlAsync(id));
    }

    [Fact]
    public async Task Get_Viewer_SeesNumbersUncertaintyAndEvidenceReadOnly()
    {
        var vera = await web.SignInAsync("vera");
        var html = await vera.GetStringAsync($"/w/{web.Ws1}/scenarios/{web.Scenario1}/numbers");

        Assert.Contains("id=\"read-only\"", html);
        Assert.DoesNotContain("id=\"save-numbers\"", html);
        Assert.Contains("value=\"25, 35\"", html);
        Assert.Matches(DisabledValue(), html);
        Assert.DoesNotMatch(EnabledValue(), html);
    }

    private static string FieldProblem(string html, string fieldId)
    {
        var start = html.IndexOf($"id=\"{fieldId}-problem\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no problem shown at {fieldId}");
        return html[start..html.IndexOf("</div>\n", start, StringComparison.Ordinal)];
    }

    private static async Task<string> VersionAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return Regex.Match(html, "name=\"version\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    private async Task<string> StoredYamlAsync(long id) =>
        (await web.WithToken("anna").GetFromJsonAsync<Api.ScenarioDto>($"/api/workspaces/{web.Ws1}/scenarios/{id}"))!.Yaml!;

    private async Task<long> CreateAsync()
    {
        var response = await web.WithToken("anna").PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios", new { fileName = "numbers.yaml", content = web.StarterYaml });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }

    [GeneratedRegex("<input type=\"text\" class=\"value \" name=\"n\\[0\\]\\.Value\" value=\"30\"[^>]* disabled=\"disabled\"")]
    private static partial Regex DisabledValue();

    [GeneratedRegex("<input type=\"text\" class=\"value \" name=\"n\\[\\d+\\]\\.Value\"(?![^>]*disabled)[^>]*>")]
    private static partial Regex EnabledValue();
}
