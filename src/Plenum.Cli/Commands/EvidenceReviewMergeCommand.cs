using System.ComponentModel;
using Plenum.Core.Evidence.Names;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum evidence review merge SPELLING ACTOR --scenario FILE</c>: the spelling names the actor in every
/// stored document; refused (exit 2) for an actor the scenario lacks or a never-merge pair.
/// </summary>
public sealed class EvidenceReviewMergeCommand(Output output) : AsyncCommand<EvidenceReviewMergeCommand.Settings>
{
    public sealed class Settings : EvidenceReviewSettings
    {
        [CommandArgument(0, "<SPELLING>")]
        [Description("The name as the documents write it (Bucharin, Sinowjew, Бухарину).")]
        public string Spelling { get; init; } = "";

        [CommandArgument(1, "<ACTOR>")]
        [Description("The actor id it names.")]
        public string Actor { get; init; } = "";

        [CommandOption("--scenario <FILE>")]
        [Description("The scenario whose actors and never-merge pairs decide what may be merged (required).")]
        public string? Scenario { get; init; }

        public override ValidationResult Validate() => Scenario is null
            ? ValidationResult.Error("merging needs the scenario: give --scenario FILE (its actors, and its never-merge pairs, which no merge may break)")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var roster = ActorNameResolver.FromScenario(InputFormats.OpenOrFail(settings.Scenario!, null));
        await using var store = EvidenceStores.Open(settings.Store);
        var decision = await EvidenceReviewStore.For(store).ConfirmMergeAsync(settings.Spelling, settings.Actor, roster, settings.AnalystName,
            DateTimeOffset.UtcNow, settings.Note, cancellationToken: cancellationToken);
        output.Stdout.WriteLine($"merged: '{decision.Surface}' is {decision.ActorId} (decision {decision.Id}, by {decision.Analyst})");
        return ExitCodes.Success;
    }
}
