using System.Text.Json;

namespace Plenum.Cli.Tests.Commands;

/// <summary><c>plenum evidence review …</c> end to end: a document added with a scenario, its quotes confirmed and corrected, its spellings merged and rejected.</summary>
public sealed class EvidenceReviewCommandTest : IDisposable
{
    private static readonly string Scenario1929 = Path.Combine(Support.RepoRoot.Path, "scenarios", "politburo-1929.yaml");

    private const string Report =
        "The Plenum\n\nKamenev said: \"We shall not yield.\" Boukharine answered: \"Then we part.\"\n\n" +
        "Vorosilov listened. Zinovieff and Trotzki left.\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-review-cli-" + Guid.NewGuid().ToString("N"));

    public EvidenceReviewCommandTest() => Directory.CreateDirectory(_folder);

    private string Store => Path.Combine(_folder, "plenum.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> AddAsync()
    {
        var file = Path.Combine(_folder, "report.txt");
        await File.WriteAllTextAsync(file, Report);
        var add = await CliRun.Of("evidence", "add", file, "--source-id", "report", "--author", "unknown", "--publisher", "unknown", "--date", "1929-04-23",
            "--scenario", Scenario1929, "--store", Store);
        Assert.Equal(0, add.ExitCode);
        return add.Stdout.Split(' ', 2)[0];
    }

    private async Task<List<JsonElement>> QuotesAsync(string doc)
    {
        var run = await CliRun.Of("evidence", "review", "quotes", doc, "--format", "json", "--store", Store);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("quotes").EnumerateArray().ToList();
    }

    [Fact]
    public async Task ConfirmAndCorrect_DecisionStandsBesideTheMachinesAttribution()
    {
        var doc = await AddAsync();
        var quotes = await QuotesAsync(doc);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("bukharin", quotes[1].GetProperty("speaker").GetString());
        Assert.All(quotes, q => Assert.Equal("auto", q.GetProperty("state").GetString()));
        var first = quotes[0].GetProperty("id").GetInt64();
        var second = quotes[1].GetProperty("id").GetInt64();

        var confirm = await CliRun.Of("evidence", "review", "confirm", first.ToString(), "--analyst", "anna", "--store", Store);
        var correct = await CliRun.Of("evidence", "review", "correct", second.ToString(), "--speaker", "rykov", "--addressee", "none",
            "--scenario", Scenario1929, "--analyst", "ada", "--note", "the memoir says Rykov", "--store", Store);

        Assert.Equal(0, confirm.ExitCode);
        Assert.StartsWith($"quote {first} confirmed: ", confirm.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, correct.ExitCode);
        Assert.StartsWith($"quote {second} corrected: rykov → nobody (the machine said bukharin → ", correct.Stdout, StringComparison.Ordinal);
        var after = await QuotesAsync(doc);
        Assert.Equal(("confirmed", "anna"), (after[0].GetProperty("state").GetString(), after[0].GetProperty("review").GetProperty("analyst").GetString()));
        Assert.Equal("rykov", after[1].GetProperty("speaker").GetString());
        Assert.Equal("bukharin", after[1].GetProperty("machine").GetProperty("speaker").GetString());
        Assert.Equal("the memoir says Rykov", after[1].GetProperty("review").GetProperty("note").GetString());
        var pending = await CliRun.Of("evidence", "review", "quotes", doc, "--pending", "--format", "json", "--store", Store);
        Assert.Empty(JsonDocument.Parse(pending.Stdout).RootElement.GetProperty("quotes").EnumerateArray());
    }

    [Fact]
    public async Task Correct_BadInput_ExitsTwoWithTheReason()
    {
        var doc = await AddAsync();
        var id = (await QuotesAsync(doc))[0].GetProperty("id").GetInt64().ToString();

        var nothing = await CliRun.Of("evidence", "review", "correct", id, "--store", Store);
        var stranger = await CliRun.Of("evidence", "review", "correct", id, "--speaker", "lenin", "--scenario", Scenario1929, "--store", Store);
        var unknown = await CliRun.Of("evidence", "review", "confirm", "999999", "--store", Store);

        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("say what is corrected: --speaker ACTOR and/or --addressee ACTOR", nothing.Stderr);
        Assert.Equal(2, stranger.ExitCode);
        Assert.Contains("--speaker lenin: the scenario politburo-1929 has no such actor", stranger.Stderr);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("plenum: no quote 999999 in workspace 'default'", unknown.Stderr);
    }

    [Fact]
    public async Task Merges_ListSuggestionsWithScores_MergeAndRejectSettleThem()
    {
        await AddAsync();

        var before = await CliRun.Of("evidence", "review", "merges", "--format", "json", "--store", Store);

        Assert.Equal(0, before.ExitCode);
        var suggestions = JsonDocument.Parse(before.Stdout).RootElement.EnumerateArray()
            .Select(s => $"{s.GetProperty("spelling").GetString()}→{s.GetProperty("actor").GetString()} {s.GetProperty("score").GetDouble():0.00} {s.GetProperty("method").GetString()}")
            .ToList();
        Assert.Contains("Boukharine→bukharin 0.95 transliteration", suggestions);
        Assert.Contains("Zinovieff→zinoviev 0.90 skeleton-key", suggestions);
        Assert.Contains(suggestions, s => s.StartsWith("Vorosilov→voroshilov 0.8", StringComparison.Ordinal) && s.EndsWith("jaro-winkler", StringComparison.Ordinal));
        Assert.DoesNotContain(suggestions, s => s.StartsWith("Trotzki", StringComparison.Ordinal));

        var merge = await CliRun.Of("evidence", "review", "merge", "Boukharine", "bukharin", "--scenario", Scenario1929, "--analyst", "anna", "--store", Store);
        var reject = await CliRun.Of("evidence", "review", "reject", "Vorosilov", "voroshilov", "--analyst", "anna", "--note", "a typo for someone else", "--store", Store);

        Assert.Equal(0, merge.ExitCode);
        Assert.StartsWith("merged: 'Boukharine' is bukharin", merge.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, reject.ExitCode);
        Assert.StartsWith("rejected: 'Vorosilov' is not voroshilov; it will not be suggested again", reject.Stdout, StringComparison.Ordinal);
        foreach (var scenario in new[] { "--store", "--scenario" })
        {
            var args = new List<string> { "evidence", "review", "merges", "--format", "json", "--store", Store };
            if (scenario == "--scenario") args.AddRange(["--scenario", Scenario1929]);
            var after = JsonDocument.Parse((await CliRun.Of([.. args])).Stdout).RootElement.EnumerateArray().Select(s => s.GetProperty("spelling").GetString()).ToList();
            Assert.DoesNotContain("Boukharine", after);
            Assert.DoesNotContain("Vorosilov", after);
            Assert.Contains("Zinovieff", after);
        }
        var decisions = await CliRun.Of("evidence", "review", "merges", "--decisions", "--format", "json", "--store", Store);
        Assert.Equal(["confirmed", "rejected"], JsonDocument.Parse(decisions.Stdout).RootElement.EnumerateArray().Select(d => d.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task Merge_NeverMergePairOrNoScenario_IsRefusedWithExitTwo()
    {
        await AddAsync();

        var pair = await CliRun.Of("evidence", "review", "merge", "Trotzki", "tomsky", "--scenario", Scenario1929, "--store", Store);
        var noScenario = await CliRun.Of("evidence", "review", "merge", "Boukharine", "bukharin", "--store", Store);

        Assert.Equal(2, pair.ExitCode);
        Assert.Contains("plenum: 'Trotzki' cannot be merged with tomsky: Tomsky and Trotsky are a never-merge pair", pair.Stderr);
        Assert.Equal(2, noScenario.ExitCode);
        Assert.Contains("merging needs the scenario: give --scenario FILE", noScenario.Stderr);
        var decisions = await CliRun.Of("evidence", "review", "merges", "--decisions", "--format", "json", "--store", Store);
        Assert.Empty(JsonDocument.Parse(decisions.Stdout).RootElement.EnumerateArray());
    }
}
