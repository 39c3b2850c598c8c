using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum evidence review quotes DOC [--pending] [--format table|json]</c>: the stored quotes of a document
/// with their ids, the machine's attribution (rule, confidence) and the analyst's decision.
/// </summary>
public sealed class EvidenceReviewQuotesCommand(Output output) : AsyncCommand<EvidenceReviewQuotesCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<DOC>")]
        [Description("A stored document id (doc-…).")]
        public string Document { get; init; } = "";

        [CommandOption("--pending")]
        [Description("Only the quotes nobody has reviewed yet.")]
        public bool Pending { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default) or json.")]
        public string Format { get; init; } = "table";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(settings.Format);
        if (format == "csv") throw new UsageException("review quotes prints a table or JSON; --format csv is not offered");
        await using var store = EvidenceStores.Open(settings.Store);
        var document = await store.GetAsync(settings.Document, cancellationToken: cancellationToken)
            ?? throw new UsageException($"no document {settings.Document} in {store.Location}; 'plenum evidence list' lists them");
        var quotes = await EvidenceReviewStore.For(store).QuotesAsync(settings.Document, cancellationToken: cancellationToken);
        if (settings.Pending) quotes = quotes.Where(q => q.Review is null).ToList();
        if (format == "json") output.Stdout.Write(ReviewPresenter.QuotesJson(document, quotes));
        else ReviewPresenter.RenderQuotes(output.StdoutConsole, document, quotes);
        return ExitCodes.Success;
    }
}
