using System.ComponentModel;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum evidence review reject SPELLING ACTOR</c>: the spelling does not name the actor; never suggested again.</summary>
public sealed class EvidenceReviewRejectCommand(Output output) : AsyncCommand<EvidenceReviewRejectCommand.Settings>
{
    public sealed class Settings : EvidenceReviewSettings
    {
        [CommandArgument(0, "<SPELLING>")]
        [Description("The name as the documents write it.")]
        public string Spelling { get; init; } = "";

        [CommandArgument(1, "<ACTOR>")]
        [Description("The actor id it does not name.")]
        public string Actor { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = EvidenceStores.Open(settings.Store);
        var decision = await EvidenceReviewStore.For(store).RejectMergeAsync(settings.Spelling, settings.Actor, settings.AnalystName,
            DateTimeOffset.UtcNow, settings.Note, cancellationToken: cancellationToken);
        output.Stdout.WriteLine($"rejected: '{decision.Surface}' is not {decision.ActorId}; it will not be suggested again (decision {decision.Id}, by {decision.Analyst})");
        return ExitCodes.Success;
    }
}
