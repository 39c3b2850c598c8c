using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum evidence review merges [--scenario FILE] [--all] [--decisions] [--format table|json]</c>: the
/// spellings in the stored documents that may name an actor, with scores, awaiting the analyst's decision.
/// </summary>
public sealed class EvidenceReviewMergesCommand(Output output) : AsyncCommand<EvidenceReviewMergesCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--scenario <FILE>")]
        [Description("Resolve every stored spelling again against this scenario's actors: all candidates, with the resolver's reasons.")]
        public string? Scenario { get; init; }

        [CommandOption("--language <CODE>")]
        [Description("The documents' language for name matching (en, de, fr, ru; default: unknown).")]
        public string? Language { get; init; }

        [CommandOption("--all")]
        [Description("Also list exact alias matches and confirmed merges (rejected ones are never listed).")]
        public bool All { get; init; }

        [CommandOption("--decisions")]
        [Description("List the decisions made (who, when, why) instead of the suggestions.")]
        public bool Decisions { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default) or json.")]
        public string Format { get; init; } = "table";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(settings.Format);
        if (format == "csv") throw new UsageException("review merges prints a table or JSON; --format csv is not offered");
        var scenario = settings.Scenario is null ? null : InputFormats.OpenOrFail(settings.Scenario, null);
        await using var store = EvidenceStores.Open(settings.Store);
        var reviews = EvidenceReviewStore.For(store);
        if (settings.Decisions)
        {
            var decisions = await reviews.NameDecisionsAsync(cancellationToken: cancellationToken);
            if (format == "json") output.Stdout.Write(ReviewPresenter.DecisionsJson(decisions));
            else ReviewPresenter.RenderDecisions(output.StdoutConsole, decisions);
            return ExitCodes.Success;
        }
        var suggestions = NameMergeSuggestions.From(await reviews.MentionTalliesAsync(cancellationToken: cancellationToken),
            await reviews.MergeDecisionsAsync(cancellationToken: cancellationToken), scenario, settings.All, settings.Language);
        if (format == "json") output.Stdout.Write(ReviewPresenter.MergesJson(suggestions));
        else ReviewPresenter.RenderMerges(output.StdoutConsole, suggestions, scenario is not null);
        return ExitCodes.Success;
    }
}
