using System.ComponentModel;
using System.Globalization;
using Plenum.Storage.Evidence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum evidence list [--source ID] [--limit N]</c>: the stored documents, newest first.</summary>
public sealed class EvidenceListCommand(Output output) : AsyncCommand<EvidenceListCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--source <ID>")]
        [Description("Only the documents of this source.")]
        public string? Source { get; init; }

        [CommandOption("--limit <N>")]
        [Description("At most this many (1–10,000; default 100).")]
        public int Limit { get; init; } = 100;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Limit is < 1 or > 10_000) throw new UsageException("--limit must be from 1 to 10,000");
        await using var store = EvidenceStores.Open(settings.Store);
        var documents = await store.ListAsync(new DocumentQuery { SourceId = settings.Source, Limit = settings.Limit }, cancellationToken);
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("id").NoWrap()).AddColumn("source").AddColumn("date").AddColumn("format")
            .AddColumn(new TableColumn("characters").RightAligned()).AddColumn("title");
        foreach (var d in documents)
            table.AddRow(d.Id, Markup.Escape(d.SourceId), d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", d.Format,
                d.TextLength.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(d.Title));
        output.StdoutConsole.Write(table);
        output.Stderr.WriteLine($"{documents.Count} documents in {store.Location}");
        return ExitCodes.Success;
    }
}
