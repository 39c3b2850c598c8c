using System.Text.Json;
using Plenum.Storage.Evidence;

namespace Plenum.Cli.Tests.Commands;

public sealed class EvidenceQuotesCommandTest : IDisposable
{
    private static readonly string Source1929 = Path.Combine(Support.RepoRoot.Path, "sources", "behind-the-scenes-1929.txt");
    private static readonly string Scenario1929 = Path.Combine(Support.RepoRoot.Path, "scenarios", "politburo-1929.yaml");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-quotes-cli-" + Guid.NewGuid().ToString("N"));

    public EvidenceQuotesCommandTest() => Directory.CreateDirectory(_folder);

    private string Store => Path.Combine(_folder, "plenum.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Quotes_1929SourceWithScenario_AttributesTheRemarksToActors()
    {
        var run = await CliRun.Of("evidence", "quotes", Source1929, "--scenario", Scenario1929, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var quotes = doc.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(48, quotes.Count);   // the hand-made key of tests/Plenum.Core.Tests/Fixtures/evidence-quotes has 48
        var kalinin = quotes.Single(q => q.GetProperty("text").GetString()!.StartsWith("He (Stalin) babbles", StringComparison.Ordinal));
        Assert.Equal("kalinin", kalinin.GetProperty("speakers")[0].GetProperty("actor").GetString());
        var platform = quotes.Single(q => q.GetProperty("text").GetString() == "But that would be a platform?");
        Assert.Equal("kamenev", platform.GetProperty("speakers")[0].GetProperty("actor").GetString());
        Assert.Equal("bukharin", platform.GetProperty("addressee").GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Quotes_SpeakerFilterAndCsv_ListOnlyThatActorsRemarks()
    {
        var run = await CliRun.Of("evidence", "quotes", Source1929, "--scenario", Scenario1929, "--speaker", "krupskaja", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("start,end,speaker,speaker_name,addressee,rule,confidence,text", rows[0]);
        Assert.Equal(2, rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.Contains(",krupskaja,", r));
    }

    [Fact]
    public async Task Add_WithScenario_StoresQuotesAndMentionsWithTheDocument()
    {
        var add = await CliRun.Of("evidence", "add", Source1929, "--source-id", "militant-1929", "--author", "G. G.", "--publisher", "The Militant",
            "--date", "1929-03-20", "--scenario", Scenario1929, "--store", Store);

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("48 quotes", add.Stdout);
        var id = add.Stdout.Split(' ', 2)[0];
        await using var store = EvidenceStores.Open(Store);
        var quotes = await store.QuotesAsync(id);
        var mentions = await store.MentionsAsync(id);
        Assert.Equal(48, quotes.Count);
        Assert.Contains(quotes, q => q.Quote.Speaker == "ordjonikidze");
        // Bucharin is the text's spelling of the actor 'bukharin'; Trotsky is not an actor and must not become Tomsky
        Assert.Contains(mentions, m => m.Mention.Surface == "Bucharin" && m.Mention.Actor == "bukharin");
        Assert.DoesNotContain(mentions, m => m.Mention.Surface.StartsWith("Trotsky", StringComparison.Ordinal) && m.Mention.Actor == "tomsky");

        var fromStore = await CliRun.Of("evidence", "quotes", id, "--scenario", Scenario1929, "--store", Store);
        Assert.Equal(0, fromStore.ExitCode);
        Assert.Contains("48, 34 attributed", fromStore.Stdout);
    }

    [Fact]
    public async Task Quotes_NeitherFileNorDocument_IsBadInput()
    {
        var run = await CliRun.Of("evidence", "quotes", "nowhere.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("neither a file nor a stored document id", run.Stderr);
    }
}
