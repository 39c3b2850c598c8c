using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum evidence review confirm QUOTE [--analyst NAME] [--note TEXT]</c>: the machine's attribution is right.</summary>
public sealed class EvidenceReviewConfirmCommand(Output output) : AsyncCommand<EvidenceReviewConfirmCommand.Settings>
{
    public sealed class Settings : EvidenceReviewSettings
    {
        [CommandArgument(0, "<QUOTE>")]
        [Description("The quote's id, as 'plenum evidence review quotes DOC' lists it.")]
        public long Quote { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = EvidenceStores.Open(settings.Store);
        var quote = await EvidenceReviewStore.For(store).ConfirmQuoteAsync(settings.Quote, settings.AnalystName, DateTimeOffset.UtcNow, settings.Note,
            cancellationToken: cancellationToken);
        output.Stdout.WriteLine(ReviewPresenter.Decided(quote));
        return ExitCodes.Success;
    }
}
