using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Core.Scenarios;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum evidence review correct QUOTE [--speaker ACTOR|none] [--addressee ACTOR|none] [--scenario FILE]</c>:
/// the analyst's own attribution, kept next to the machine's. An option left out keeps what stands.
/// </summary>
public sealed class EvidenceReviewCorrectCommand(Output output) : AsyncCommand<EvidenceReviewCorrectCommand.Settings>
{
    /// <summary>The value that says "nobody".</summary>
    public const string Nobody = "none";

    public sealed class Settings : EvidenceReviewSettings
    {
        [CommandArgument(0, "<QUOTE>")]
        [Description("The quote's id, as 'plenum evidence review quotes DOC' lists it.")]
        public long Quote { get; init; }

        [CommandOption("--speaker <ACTOR>")]
        [Description("The speaker's actor id, or 'none'. Left out: the speaker that stands is kept.")]
        public string? Speaker { get; init; }

        [CommandOption("--addressee <ACTOR>")]
        [Description("The addressee's actor id, or 'none'. Left out: the addressee that stands is kept.")]
        public string? Addressee { get; init; }

        [CommandOption("--scenario <FILE>")]
        [Description("Check that the actors are this scenario's.")]
        public string? Scenario { get; init; }

        public override ValidationResult Validate() =>
            Speaker is null && Addressee is null
                ? ValidationResult.Error("say what is corrected: --speaker ACTOR and/or --addressee ACTOR ('none' for nobody)")
                : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scenario = settings.Scenario is null ? null : InputFormats.OpenOrFail(settings.Scenario, null);
        Check(settings.Speaker, scenario, "--speaker");
        Check(settings.Addressee, scenario, "--addressee");
        await using var store = EvidenceStores.Open(settings.Store);
        var reviews = EvidenceReviewStore.For(store);
        var current = await reviews.QuoteAsync(settings.Quote, cancellationToken: cancellationToken)
            ?? throw new EvidenceReviewException($"no quote {settings.Quote} in workspace 'default'; 'plenum evidence review quotes DOC' lists a document's quotes with their ids");
        var quote = await reviews.CorrectQuoteAsync(settings.Quote, Pick(settings.Speaker, current.Speaker), Pick(settings.Addressee, current.Addressee),
            settings.AnalystName, DateTimeOffset.UtcNow, settings.Note, cancellationToken: cancellationToken);
        output.Stdout.WriteLine(ReviewPresenter.Decided(quote));
        return ExitCodes.Success;
    }

    private static string? Pick(string? given, string? standing) => given is null ? standing : given == Nobody ? null : given;

    private static void Check(string? actor, Scenario? scenario, string option)
    {
        if (actor is null or Nobody || scenario is null || scenario.Actors.Any(a => a.Id == actor)) return;
        throw new UsageException($"{option} {actor}: the scenario {scenario.Id} has no such actor; its actors are {string.Join(", ", scenario.Actors.Select(a => a.Id))}");
    }
}
