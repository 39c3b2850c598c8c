using System.Text.Json;

namespace Plenum.Cli.Tests.Commands;

public sealed class EvidenceCommandTest : IDisposable
{
    private const string Minutes =
        "# The April Plenum\n\nKamenev asked: \"But that would be a platform?\"\n\nBukharin said that he did not go to the Plenum again.\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-evidence-cli-" + Guid.NewGuid().ToString("N"));

    public EvidenceCommandTest() => Directory.CreateDirectory(_folder);

    private string Store => Path.Combine(_folder, "plenum.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private Task<CliRun> Add(params string[] files) =>
        CliRun.Of(["evidence", "add", .. files, "--source-id", "militant-1929", "--author", "L. Trotsky", "--publisher", "The Militant", "--date", "1929-04-23", "--store", Store]);

    private static string IdOf(CliRun run) => run.Stdout.Split(' ', 2)[0];

    [Fact]
    public async Task Add_ThenAgain_StoredOnceAndListed()
    {
        var file = Write("minutes.md", Minutes);

        var first = await Add(file);
        var second = await Add(file);
        var list = await CliRun.Of("evidence", "list", "--store", Store);

        Assert.Equal(0, first.ExitCode);
        var id = IdOf(first);
        Assert.Matches("^doc-[0-9a-f]{16}$", id);
        Assert.Equal($"{id}  added  {file} (119 characters, markdown, utf-8, \"The April Plenum\"; 1 quote, 0 name mentions)\n", first.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal($"{id}  already stored  {file}\n", second.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains(id, list.Stdout);
        Assert.Contains("1 documents in ", list.Stderr);
    }

    [Fact]
    public async Task Show_WholeDocumentAndPassage()
    {
        var id = IdOf(await Add(Write("minutes.md", Minutes)));

        var whole = await CliRun.Of("evidence", "show", id, "--store", Store);
        var passage = await CliRun.Of("evidence", "show", id, "--from", "18", "--to", "25", "--store", Store);
        var byReference = await CliRun.Of("evidence", "show", $"{id}:18-25", "--store", Store);
        var outside = await CliRun.Of("evidence", "show", id, "--from", "100", "--to", "500", "--store", Store);

        Assert.Equal(0, whole.ExitCode);
        Assert.StartsWith("The April Plenum\n\nKamenev asked:", whole.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains($"{id}: \"The April Plenum\" — source militant-1929, by L. Trotsky, published by The Militant, 1929-04-23", whole.Stderr);
        Assert.Equal("Kamenev\n", passage.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains($"passage {id}:18-25", passage.Stderr);
        Assert.Equal(passage.Stdout, byReference.Stdout);
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains($"plenum: the passage 100-500 is not inside {id}, whose text has 119 characters", outside.Stderr);
    }

    [Fact]
    public async Task Search_Json_HitsWithOffsetsIntoTheText()
    {
        var id = IdOf(await Add(Write("minutes.md", Minutes), CliRun.Fixture("evidence/two-pages.pdf")));

        var run = await CliRun.Of("evidence", "search", "\"did not go\" plenum", "--format", "json", "--store", Store);
        var table = await CliRun.Of("evidence", "search", "platform", "--store", Store);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        var text = (await CliRun.Of("evidence", "show", id, "--store", Store)).Stdout.ReplaceLineEndings("\n");
        var mine = json.RootElement.EnumerateArray().Single(h => h.GetProperty("document").GetString() == id);
        var matched = mine.GetProperty("matches").EnumerateArray().Select(m => text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]).ToList();
        Assert.Equal(["Plenum", "did not go", "Plenum"], matched);
        var first = mine.GetProperty("matches")[0];
        Assert.Equal($"{id}:{first.GetProperty("start").GetInt32()}-{first.GetProperty("end").GetInt32()}", mine.GetProperty("passage").GetString());
        Assert.Equal("The April **Plenum**\n\nKamenev asked: \"But that would be a platform?\"\n\nBukharin said that he **did not go**", mine.GetProperty("highlighted").GetString());
        Assert.Contains("**platform**", table.Stdout);
        Assert.Contains("2 hits in ", table.Stderr);
    }

    [Fact]
    public async Task Add_OneBadFileAmongGoodOnes_NothingStored()
    {
        var good = Write("good.txt", "A perfectly good text about the plenum.");

        var run = await Add(good, CliRun.Fixture("evidence/scan-only.pdf"));
        var list = await CliRun.Of("evidence", "list", "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal("plenum: scan-only.pdf has 1 page but no text layer (a scan or images only); run OCR on it first (for example ocrmypdf) and add the result\n",
            run.Stderr.ReplaceLineEndings("\n"));
        Assert.Contains("0 documents in ", list.Stderr);
    }

    [Theory]
    [InlineData("--source-id", "plenum: --source-id is required (the source the files belong to)")]
    [InlineData("--author", "plenum: --author is required (write --author unknown when it is not known)")]
    [InlineData("--date", "plenum: --date is required (YYYY-MM-DD)")]
    public async Task Add_RequiredOptionMissing_ExitsTwo(string option, string message)
    {
        var args = new List<string> { "evidence", "add", Write("a.txt", "text"), "--source-id", "s", "--author", "a", "--publisher", "p", "--date", "1929-04-23", "--store", Store };
        var at = args.IndexOf(option);
        args.RemoveRange(at, 2);

        var run = await CliRun.Of([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Stderr);
    }

    [Fact]
    public async Task Add_BadDateOrMissingFile_ExitsTwo()
    {
        var badDate = await CliRun.Of("evidence", "add", Write("a.txt", "text"), "--source-id", "s", "--author", "a", "--publisher", "p", "--date", "23.4.1929", "--store", Store);
        var missing = await Add(Path.Combine(_folder, "nowhere.txt"));

        Assert.Equal(2, badDate.ExitCode);
        Assert.StartsWith("plenum: --date 23.4.1929 is not a date; expected YYYY-MM-DD, for example 1929-04-23", badDate.Stderr);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith($"plenum: {Path.Combine(_folder, "nowhere.txt")} does not exist", missing.Stderr);
    }

    [Fact]
    public async Task Add_BinaryFile_RefusedNamingWhatItIs()
    {
        var path = Path.Combine(_folder, "photo.txt");
        await File.WriteAllBytesAsync(path, [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0]);

        var run = await Add(path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("plenum: photo.txt is a PNG image, not a text document", run.Stderr);
    }

    [Fact]
    public async Task Search_NoWordInTheQuery_ExitsTwo()
    {
        var run = await CliRun.Of("evidence", "search", "?!", "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("plenum: the query has no word to search for", run.Stderr);
    }

    [Fact]
    public async Task Show_UnknownDocument_ExitsTwo()
    {
        var run = await CliRun.Of("evidence", "show", "doc-0123456789abcdef", "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"plenum: no document doc-0123456789abcdef in {Store}; 'plenum evidence list' lists them", run.Stderr);
    }

    private string Scenario(string passage, string quote) => Write("scenario.yaml", $"""
        id: cited
        title: Cited passages
        sources:
          - id: militant-1929
        issues:
          - id: line
            status_quo: 50
        actors:
          - id: kamenev
            capability: 10
            position: {"{"} line: 40 {"}"}
            evidence:
              - source: militant-1929
                passage: {passage}
                quote: '{quote}'
                supports: position.line
          - id: bukharin
            capability: 10
            position: {"{"} line: 20 {"}"}
        """);

    [Fact]
    public async Task Validate_CitedPassageMatches_Ok()
    {
        var id = IdOf(await Add(Write("minutes.md", Minutes)));

        var run = await CliRun.Of("validate", Scenario($"{id}:33-64", "\"But that would be a platform?\""), "--store", Store);

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Validate_CitedPassageReadsOtherwise_ReportsTheMismatch()
    {
        var id = IdOf(await Add(Write("minutes.md", Minutes)));
        var scenario = Scenario($"{id}:33-50", "But that would be a platform?");

        var run = await CliRun.Of("validate", scenario, "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{scenario}:13:9: the passage {id}:33-50 cited by actor 'kamenev' reads \"\"But that would b\", not the quote \"But that would be a platform?\"\n",
            run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Validate_CitedDocumentNotStored_ReportsItMissing()
    {
        await Add(Write("other.txt", "another document"));
        var scenario = Scenario("doc-0123456789abcdef:0-5", "x");

        var run = await CliRun.Of("validate", scenario, "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"the passage doc-0123456789abcdef:0-5 cited by actor 'kamenev' is not in the store {Store}: there is no document doc-0123456789abcdef", run.Stderr);
    }

    [Fact]
    public async Task Validate_NoStore_WarnsAndPasses()
    {
        var scenario = Scenario("doc-0123456789abcdef:0-5", "x");
        var nowhere = Path.Combine(_folder, "none", "plenum.db");

        var run = await CliRun.Of("validate", scenario, "--store", nowhere);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"warning: 1 cited passage was not checked: there is no store at {nowhere}", run.Stderr);
        Assert.False(File.Exists(nowhere));
    }

    [Fact]
    public async Task Validate_MalformedPassage_ReportedByTheLoader()
    {
        var scenario = Scenario("page 12", "x");

        var run = await CliRun.Of("validate", scenario, "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the passage 'page 12' cited by actor 'kamenev' is not a passage reference; expected doc-<16 hex digits>:FROM-TO", run.Stderr);
    }
}
