using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Plenum.Core.Scenarios;
using Plenum.Evidence.Search;
using Plenum.Storage.Evidence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum evidence search "QUERY" [--limit N] [--format table|json]</c>: full-text search over the stored documents, best hits first.</summary>
public sealed class EvidenceSearchCommand(Output output) : AsyncCommand<EvidenceSearchCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("Words (all must occur), \"a phrase\", a OR b, -excluded, prefix*.")]
        public string Query { get; init; } = "";

        [CommandOption("--limit <N>")]
        [Description("At most this many hits (1–1,000; default 20).")]
        public int Limit { get; init; } = 20;

        [CommandOption("--format <FORMAT>")]
        [Description("table (default) or json.")]
        public string Format { get; init; } = "table";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = settings.Format.ToLowerInvariant();
        if (format is not ("table" or "json")) throw new UsageException($"--format {settings.Format} is not known; expected table or json");
        if (settings.Limit is < 1 or > 1000) throw new UsageException("--limit must be from 1 to 1,000");
        var query = SearchQuery.Parse(settings.Query);
        await using var store = EvidenceStores.Open(settings.Store);
        var hits = await store.SearchAsync(new EvidenceSearch(query) { Limit = settings.Limit }, cancellationToken);
        if (format == "json") WriteJson(hits);
        else WriteTable(hits);
        output.Stderr.WriteLine($"{hits.Count} hits in {store.Location}");
        if (!hits.RankedAll)
            output.Stderr.WriteLine($"more than {EvidenceSearch.DefaultRankLimit:N0} passages match: these are the best of the first {EvidenceSearch.DefaultRankLimit:N0} " +
                                    "in the order documents were added; add words to the query to rank all of them");
        return ExitCodes.Success;
    }

    private static string Citation(SearchHit hit)
    {
        var span = hit.Matches.Count > 0 ? hit.Matches[0] : new TextSegment(hit.SegmentStart, hit.SegmentEnd);
        return new PassageReference(hit.DocumentId, span.Start, span.End).ToString();
    }

    private void WriteTable(IReadOnlyList<SearchHit> hits)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("#").RightAligned()).AddColumn(new TableColumn("passage").NoWrap()).AddColumn("title").AddColumn("snippet");
        var rank = 0;
        foreach (var hit in hits)
            table.AddRow((++rank).ToString(CultureInfo.InvariantCulture), Markup.Escape(Citation(hit)), Markup.Escape(hit.Title),
                Markup.Escape(hit.Highlighted().ReplaceLineEndings(" ")));
        output.StdoutConsole.Write(table);
    }

    private void WriteJson(IReadOnlyList<SearchHit> hits)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var hit in hits)
            {
                json.WriteStartObject();
                json.WriteString("document", hit.DocumentId);
                json.WriteString("title", hit.Title);
                json.WriteString("source", hit.SourceId);
                json.WriteString("passage", Citation(hit));
                json.WriteStartObject("segment");
                json.WriteNumber("start", hit.SegmentStart);
                json.WriteNumber("end", hit.SegmentEnd);
                json.WriteEndObject();
                json.WriteStartArray("matches");
                foreach (var m in hit.Matches)
                {
                    json.WriteStartObject();
                    json.WriteNumber("start", m.Start);
                    json.WriteNumber("end", m.End);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteString("snippet", hit.Snippet);
                json.WriteNumber("snippet_start", hit.SnippetStart);
                json.WriteString("highlighted", hit.Highlighted());
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.Stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
