using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Core.Evidence;
using Plenum.Core.Evidence.Quotes;
using Plenum.Evidence.Extraction;
using Plenum.Storage.Evidence;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum evidence quotes DOC|FILE [--scenario S] [--format table|json|csv]</c>: the quoted remarks of a stored
/// document or of a file, each with its speaker, addressee, the rule that decided it and a confidence.
/// </summary>
public sealed class EvidenceQuotesCommand(Output output) : AsyncCommand<EvidenceQuotesCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<DOC|FILE>")]
        [Description("A stored document id (doc-…) or a text, Markdown, HTML or PDF file.")]
        public string Source { get; init; } = "";

        [CommandOption("--scenario <FILE>")]
        [Description("Resolve speakers and addressees to this scenario's actors (aliases, transliterations).")]
        public string? Scenario { get; init; }

        [CommandOption("--language <CODE>")]
        [Description("The document's language for name matching (en, de, fr, ru; default: unknown).")]
        public string? Language { get; init; }

        [CommandOption("--speaker <ACTOR>")]
        [Description("Only the remarks attributed to this actor id.")]
        public string? Speaker { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default), json or csv.")]
        public string Format { get; init; } = "table";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(settings.Format);
        var (name, text) = await ReadAsync(settings, cancellationToken);
        ISpeakerResolver resolver = settings.Scenario is null
            ? NoActorsResolver.Instance
            : new RosterSpeakerResolver(InputFormats.OpenOrFail(settings.Scenario, null), settings.Language);
        var scan = QuoteFinder.Find(text);
        var attributions = new QuoteAttributor(resolver).Attribute(scan);
        if (settings.Speaker is { } speaker) attributions = attributions.Where(a => a.Speakers.Any(s => s.ActorId == speaker)).ToList();
        switch (format)
        {
            case "json": output.Stdout.Write(QuotesPresenter.Json(name, attributions, scan.Problems)); break;
            case "csv": output.Stdout.Write(QuotesPresenter.Csv(attributions)); break;
            default: QuotesPresenter.Render(output.StdoutConsole, name, attributions, scan.Problems); break;
        }
        return ExitCodes.Success;
    }

    private static async Task<(string Name, string Text)> ReadAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (File.Exists(settings.Source))
        {
            var bytes = await File.ReadAllBytesAsync(settings.Source, cancellationToken);
            return (settings.Source, DocumentExtraction.Extract(bytes, settings.Source).Text);
        }
        if (!settings.Source.StartsWith("doc-", StringComparison.Ordinal))
            throw new UsageException($"{settings.Source} is neither a file nor a stored document id (doc-…); 'plenum evidence list' lists the stored ones");
        await using var store = EvidenceStores.Open(settings.Store);
        var document = await store.GetAsync(settings.Source, cancellationToken: cancellationToken)
            ?? throw new UsageException($"no document {settings.Source} in {store.Location}; 'plenum evidence list' lists them");
        return (settings.Source, document.Text);
    }

}
