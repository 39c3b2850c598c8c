using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Plenum.Web.Tests;

/// <summary>Scenarios (templates, uploads, editing with the CLI's messages) and forecasts through the queue.</summary>
public sealed class ScenarioAndForecastTest(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Upload_KtabCsv_IsImportedAsYaml()
    {
        var csv = "Toy,A toy,3,1\nActor,Description,Power,Pstn1,Sal1\nA,first,10,0,100\nB,second,20,50,50\nC,third,30,100,100\n";
        var response = await web.WithToken("anna").PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios", new { fileName = "toy.csv", content = csv });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        Assert.Contains("Imported in the web app from toy.csv", text);
    }

    [Fact]
    public async Task Upload_WrongType_IsRefusedWithMessage()
    {
        var anna = await web.SignInAsync("anna");
        var form = new MultipartFormDataContent
        {
            { new StringContent(await WebFixture.FormTokenAsync(anna, $"/w/{web.Ws1}/scenarios/new")), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("<script>alert(1)</script>")), "file", "evil.html" },
            { new StringContent("auto"), "format" },
        };
        var response = await anna.PostAsync($"/w/{web.Ws1}/scenarios/new?handler=Upload", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("&#x27;.html&#x27; files are not accepted", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    [Fact]
    public async Task Upload_OverTheLimit_IsRefusedWithMessage()
    {
        var anna = await web.SignInAsync("anna");
        var big = new byte[2 * 1024 * 1024 + 10];
        Array.Fill(big, (byte)'#');
        var form = new MultipartFormDataContent
        {
            { new StringContent(await WebFixture.FormTokenAsync(anna, $"/w/{web.Ws1}/scenarios/new")), "__RequestVerificationToken" },
            { new ByteArrayContent(big), "file", "big.yaml" },
        };
        var response = await anna.PostAsync($"/w/{web.Ws1}/scenarios/new?handler=Upload", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("the limit is 2,097,152 bytes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_BadYaml_ShowsTheCliProblemsWithLineAndColumn()
    {
        var bad = web.StarterYaml.Replace("capability: 20", "capability: -20");
        var response = await web.WithToken("anna").PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios", new { fileName = "bad.yaml", content = bad });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = await response.Content.ReadFromJsonAsync<Api.ProblemsDto>();
        var expected = Core.Scenarios.ScenarioLoader.Load("bad.yaml", bad).Problems;
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(p => (p.Where.Line, p.Where.Column, p.Message)), problems!.Problems.Select(p => (p.Line, p.Column, p.Message)));
    }

    [Fact]
    public async Task EditForm_InvalidYaml_ShowsProblemAtItsLine_AndSavesNothing()
    {
        var anna = await web.SignInAsync("anna");
        var id = await CreateAsync("edit.yaml");
        var bad = web.StarterYaml.Replace("salience: { budget: 90 }", "salience: { budget: 190 }");
        var line = bad.Split('\n').ToList().FindIndex(l => l.Contains("budget: 190")) + 1;
        var response = await WebFixture.PostFormAsync(anna, $"/w/{web.Ws1}/scenarios/{id}/edit", $"/w/{web.Ws1}/scenarios/{id}/edit", new() { ["yaml"] = bad });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"data-line=\"{line}\"", html);
        var stored = await web.WithToken("anna").GetFromJsonAsync<Api.ScenarioDto>($"/api/workspaces/{web.Ws1}/scenarios/{id}");
        Assert.Equal(web.StarterYaml, stored!.Yaml);

        var good = web.StarterYaml.Replace("title: A five-member committee decides a budget line", "title: Edited title");
        var saved = await WebFixture.PostFormAsync(anna, $"/w/{web.Ws1}/scenarios/{id}/edit", $"/w/{web.Ws1}/scenarios/{id}/edit", new() { ["yaml"] = good });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Edited title", (await web.WithToken("anna").GetFromJsonAsync<Api.ScenarioDto>($"/api/workspaces/{web.Ws1}/scenarios/{id}"))!.Title);
    }

    [Fact]
    public async Task Forecast_ThroughTheQueue_IsSavedInTheWorkspace_WithDownloads()
    {
        var anna = web.WithToken("anna");
        var id = await CreateAsync("forecast.yaml");
        var queued = await anna.PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios/{id}/forecasts",
            new { model = "all", runs = 20, seed = 7, whatIf = new[] { "chair.position.budget=60" } });
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var job = await queued.Content.ReadFromJsonAsync<Api.JobDto>();
        var done = await WebFixture.WaitForJobAsync(anna, job!.StatusUrl);
        Assert.True(done.State == "done", done.Message);

        var run = JsonDocument.Parse(await anna.GetStringAsync($"/api/workspaces/{web.Ws1}/runs/{done.RunId}")).RootElement;
        Assert.Equal(20, run.GetProperty("run").GetProperty("monteCarloRuns").GetInt32());
        Assert.Equal(7, run.GetProperty("run").GetProperty("seed").GetInt64());
        var models = run.GetProperty("result").EnumerateArray().Select(r => r.GetProperty("model").GetString()).ToList();
        Assert.Contains("bdm", models);
        Assert.DoesNotContain("exchange", models); // one issue: skipped, and said so
        Assert.Contains(run.GetProperty("extras").GetProperty("skipped").EnumerateArray(), s => s.GetString()!.StartsWith("exchange:"));
        Assert.NotEmpty(run.GetProperty("extras").GetProperty("power").EnumerateArray());
        Assert.NotEmpty(run.GetProperty("extras").GetProperty("sensitivity").EnumerateArray());
        Assert.Equal("chair.position.budget=60", run.GetProperty("extras").GetProperty("what_if")[0].GetString());
        // The chair's initial position is the what-if value in every model's round 0.
        Assert.Equal(60, run.GetProperty("result")[0].GetProperty("issues")[0].GetProperty("rounds")[0].GetProperty("positions").GetProperty("chair").GetDouble());

        var csv = await anna.GetAsync($"/api/workspaces/{web.Ws1}/runs/{done.RunId}/result.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("model,issue,round,actor,position,round_mean,round_median\n", await csv.Content.ReadAsStringAsync());
        var json = await anna.GetAsync($"/api/workspaces/{web.Ws1}/runs/{done.RunId}/result.json");
        Assert.Equal("attachment", json.Content.Headers.ContentDisposition!.DispositionType);

        var listed = await anna.GetFromJsonAsync<List<Api.RunDto>>($"/api/workspaces/{web.Ws1}/runs");
        Assert.Contains(listed!, r => r.Id == done.RunId);
        var other = await web.WithToken("otto").GetFromJsonAsync<List<Api.RunDto>>($"/api/workspaces/{web.Ws2}/runs");
        Assert.DoesNotContain(other!, r => r.Id == done.RunId);
    }

    [Fact]
    public async Task Forecast_BadChoices_Are400WithTheReason()
    {
        var anna = web.WithToken("anna");
        var response = await anna.PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios/{web.Scenario1}/forecasts", new { model = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("model 'nope' is not a model", await response.Content.ReadAsStringAsync());
        response = await anna.PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios/{web.Scenario1}/forecasts", new { model = "mean", runs = 1_000_000 });
        Assert.Contains("runs must be from 1 to 20,000", await response.Content.ReadAsStringAsync());
        response = await anna.PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios/{web.Scenario1}/forecasts", new { model = "mean", set = new[] { "bogus.key=1" } });
        Assert.Contains("option bogus.key: no model has this option", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReportDownload_IsAnAttachmentInASandbox()
    {
        var response = await web.WithToken("vera").GetAsync($"/api/workspaces/{web.Ws1}/runs/{web.Run1}/report.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("sandbox", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task ScenarioYaml_IsServedAsPlainTextAttachment_AndHostileTitlesAreEscaped()
    {
        var hostile = web.StarterYaml.Replace("title: A five-member committee decides a budget line", "title: \"<script>alert('x')</script>\"");
        var id = await CreateAsync("hostile.yaml", hostile);
        var vera = await web.SignInAsync("vera");
        var yaml = await vera.GetAsync($"/w/{web.Ws1}/scenarios/{id}/yaml");
        Assert.Equal("text/plain", yaml.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", yaml.Content.Headers.ContentDisposition!.DispositionType);
        var page = await vera.GetStringAsync($"/w/{web.Ws1}/scenarios/{id}");
        Assert.DoesNotContain("<script>alert('x')</script>", page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Fact]
    public async Task Viewer_SeesNoEditOrRunControls()
    {
        var vera = await web.SignInAsync("vera");
        var page = await vera.GetStringAsync($"/w/{web.Ws1}/scenarios/{web.Scenario1}");
        Assert.DoesNotContain("id=\"edit-scenario\"", page);
        Assert.DoesNotContain("id=\"run-form\"", page);
        Assert.Contains("Viewers can read runs but not start them.", page);
    }

    private async Task<long> CreateAsync(string name, string? yaml = null)
    {
        var response = await web.WithToken("anna").PostAsJsonAsync($"/api/workspaces/{web.Ws1}/scenarios", new { fileName = name, content = yaml ?? web.StarterYaml });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }
}
