using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plenum.Web.Api;

namespace Plenum.Web.Tests;

/// <summary>The evidence pages and API beyond access rules: what a review changes, what is refused, what a claim writes.</summary>
public sealed class EvidenceTest(WebFixture web) : IClassFixture<WebFixture>
{
    private string Api => $"/api/workspaces/{web.Ws1}";

    [Fact]
    public async Task Document_QuotesHighlightedWithRuleAndConfidence_ViewerHasNoButtons()
    {
        var viewer = await web.SignInAsync("vera");
        var analyst = await web.SignInAsync("anna");

        var asViewer = await viewer.GetStringAsync($"/w/{web.Ws1}/evidence/documents/{web.Document}");
        var asAnalyst = await analyst.GetStringAsync($"/w/{web.Ws1}/evidence/documents/{web.Document}");

        Assert.Contains("<mark class=\"q auto", asViewer);
        Assert.Contains("colon-lead", asViewer);
        Assert.DoesNotContain("ev-confirm", asViewer);
        Assert.DoesNotContain("claim-form", asViewer);
        Assert.Contains("ev-confirm", asAnalyst);
        Assert.Contains("claim-form", asAnalyst);
    }

    [Fact]
    public async Task CorrectThroughApi_AnalystsSpeakerStands_MachinesKept_Audited()
    {
        var anna = web.WithToken("anna");
        var detail = (await anna.GetFromJsonAsync<DocumentDetailDto>($"{Api}/evidence/documents/{web.Document}", JsonSerializerOptions.Web))!;
        var quote = detail.Quotes.First(q => q.Speaker == "kamenev");
        Assert.Equal(48, detail.Quotes.Count);

        var response = await anna.PostAsJsonAsync($"{Api}/evidence/quotes/{quote.Id}/correct", new { speaker = "zinoviev", addressee = "none", note = "joint remark" });
        var refused = await anna.PostAsJsonAsync($"{Api}/evidence/quotes/{quote.Id}/correct", new { speaker = "lenin" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var corrected = (await response.Content.ReadFromJsonAsync<QuoteDto>(JsonSerializerOptions.Web))!;
        Assert.Equal(("zinoviev", (string?)null, "corrected"), (corrected.Speaker, corrected.Addressee, corrected.State));
        Assert.Equal(("kamenev", quote.Machine.Rule, quote.Machine.Confidence), (corrected.Machine.Speaker, corrected.Machine.Rule, corrected.Machine.Confidence));
        Assert.Equal("anna", corrected.Review!.Analyst);
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("'lenin' is not an actor of any scenario of this workspace", await refused.Content.ReadAsStringAsync());
        var audit = await web.WithToken("ada").GetStringAsync($"{Api}/audit");
        Assert.Contains($"quote {quote.Id}", audit);
    }

    [Fact]
    public async Task Merge_NeverMergePair_IsRefusedWith422_RejectedIsNeverSuggestedAgain()
    {
        var anna = web.WithToken("anna");

        var pair = await anna.PostAsJsonAsync($"{Api}/evidence/merges", new { spelling = "Trotzki", actor = "tomsky", verdict = "confirm", scenario = web.Politburo1 });
        var before = (await anna.GetFromJsonAsync<List<MergeSuggestionDto>>($"{Api}/evidence/merges?scenario={web.Politburo1}&all=true", JsonSerializerOptions.Web))!;
        var spelling = before.First(s => s.Method == "alias").Spelling;
        var actor = before.First(s => s.Spelling == spelling).Actor;
        var reject = await anna.PostAsJsonAsync($"{Api}/evidence/merges", new { spelling, actor, verdict = "reject", note = "test" });
        var after = (await anna.GetFromJsonAsync<List<MergeSuggestionDto>>($"{Api}/evidence/merges?scenario={web.Politburo1}&all=true", JsonSerializerOptions.Web))!;

        Assert.Equal((HttpStatusCode)422, pair.StatusCode);
        Assert.Contains("Tomsky and Trotsky are a never-merge pair", await pair.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.DoesNotContain(after, s => s.Spelling == spelling && s.Actor == actor);
    }

    [Fact]
    public async Task ClaimFromPassage_WrittenIntoTheScenarioYaml_CountedOnTheClaimsPage()
    {
        var anna = web.WithToken("anna");
        var text = (await anna.GetFromJsonAsync<DocumentDetailDto>($"{Api}/evidence/documents/{web.Document}", JsonSerializerOptions.Web))!.Text;
        var start = text.IndexOf("That's why I support him.", StringComparison.Ordinal);

        var created = await anna.PostAsJsonAsync($"{Api}/scenarios/{web.Politburo1}/claims",
            new { document = web.Document, start, end = start + 25, statement = "Kalinin backs Stalin", number = "kalinin.position.line" });
        var badNumber = await anna.PostAsJsonAsync($"{Api}/scenarios/{web.Politburo1}/claims",
            new { document = web.Document, start, end = start + 25, number = "kalinin.position.nowhere" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var scenario = (await anna.GetFromJsonAsync<ScenarioDto>($"{Api}/scenarios/{web.Politburo1}", JsonSerializerOptions.Web))!;
        Assert.Contains("  - id: kalinin-backs-stalin\n    statement: \"Kalinin backs Stalin\"\n    number: kalinin.position.line\n    evidence:\n" +
                        $"      - source: militant-1929\n        quote: \"That's why I support him.\"\n        passage: {web.Document}:{start}-{start + 25}\n", scenario.Yaml);
        Assert.Equal((HttpStatusCode)422, badNumber.StatusCode);
        Assert.Contains("'kalinin.position.nowhere' is not a number of scenario politburo-1929", await badNumber.Content.ReadAsStringAsync());
        var claims = await anna.GetStringAsync($"{Api}/evidence/claims?scenario={web.Politburo1}");
        Assert.Contains("kalinin-backs-stalin", claims);
    }

    [Fact]
    public async Task Search_HitsWithMatchedWordsHighlighted()
    {
        var vera = await web.SignInAsync("vera");

        var page = await vera.GetStringAsync($"/w/{web.Ws1}/evidence/search?q=%22did+not+go%22");
        var api = await web.WithToken("vera").GetFromJsonAsync<List<SearchHitDto>>($"{Api}/evidence/search?q=platform", JsonSerializerOptions.Web);
        var bad = await web.WithToken("vera").GetAsync($"{Api}/evidence/search?q=-trotsky");

        Assert.Contains("<mark>did not go</mark>", page);
        Assert.NotEmpty(api!);
        Assert.All(api!, h => Assert.Contains("**platform**", h.Highlighted, StringComparison.OrdinalIgnoreCase));
        Assert.Equal((HttpStatusCode)422, bad.StatusCode);
    }
}
