using System.ComponentModel;
using System.Globalization;
using Plenum.Core.Scenarios;
using Plenum.Storage.Evidence;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum evidence show DOC [--from N --to M]</c>: a document's metadata (on stderr) and its text, or one
/// passage of it (on stdout). <c>DOC</c> may also be a passage reference <c>doc-…:N-M</c>.
/// </summary>
public sealed class EvidenceShowCommand(Output output) : AsyncCommand<EvidenceShowCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<DOC>")]
        [Description("A document id (doc-…), or a passage reference doc-…:FROM-TO.")]
        public string Document { get; init; } = "";

        [CommandOption("--from <N>")]
        [Description("Start of the passage: a character offset in the extracted text (0 = the start).")]
        public int? From { get; init; }

        [CommandOption("--to <M>")]
        [Description("End of the passage (exclusive).")]
        public int? To { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var id = settings.Document.Trim();
        int? from = settings.From, to = settings.To;
        if (id.Contains(':'))
        {
            var reference = PassageReference.TryParse(id) ?? throw new UsageException($"{id} is not a passage reference; expected doc-<16 hex digits>:FROM-TO");
            if (from is not null || to is not null) throw new UsageException("give the passage either as doc-…:FROM-TO or with --from and --to, not both");
            (id, from, to) = (reference.DocumentId, reference.Start, reference.End);
        }
        await using var store = EvidenceStores.Open(settings.Store);
        var document = await store.GetAsync(id, cancellationToken: cancellationToken)
            ?? throw new UsageException($"no document {id} in {store.Location}; 'plenum evidence list' lists them");
        var s = document.Summary;
        var length = document.Text.Length;
        output.Stderr.WriteLine($"{s.Id}: \"{s.Title}\" — source {s.SourceId}, by {s.Author ?? "unknown"}, published by {s.Publisher ?? "unknown"}" +
                                $"{(s.Date is { } d ? ", " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}");
        output.Stderr.WriteLine($"{s.Format}{(s.Encoding is null ? "" : ", " + s.Encoding)}, {s.FileName}, {s.ByteLength:N0} bytes, {length:N0} characters" +
                                $"{(s.PageStarts.Count > 0 ? $", {s.PageStarts.Count} pages" : "")}, sha256 {s.ContentHash}, added {s.AddedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
        if (from is null && to is null)
        {
            output.Stdout.WriteLine(document.Text);
            return ExitCodes.Success;
        }
        var start = from ?? 0;
        var end = to ?? length;
        if (start < 0 || end > length || start >= end)
            throw new UsageException($"the passage {start}-{end} is not inside {s.Id}, whose text has {length:N0} characters (offsets 0 to {length:N0}, FROM < TO)");
        output.Stderr.WriteLine($"passage {new PassageReference(s.Id, start, end)}");
        output.Stdout.WriteLine(document.Text[start..end]);
        return ExitCodes.Success;
    }
}
