using Plenum.Core.Evidence;
using Plenum.Core.Evidence.Quotes;
using Plenum.Core.Scenarios;
using Plenum.Evidence.Annotation;

namespace Plenum.Cli.Commands;

/// <summary>
/// The annotators <c>plenum evidence add</c> runs on every new document; their quotes and mentions are stored in
/// the same transaction as the document. With a scenario, speakers and mentions resolve to its actors; without
/// one, quotations are still found and stored, unattributed to actors.
/// </summary>
internal static class EvidenceAnnotators
{
    /// <summary>The annotators in the order they run.</summary>
    public static IReadOnlyList<IPassageAnnotator> For(Scenario? scenario, string? language)
    {
        if (scenario is null) return [new QuoteAnnotator(NoActorsResolver.Instance)];
        var speakers = new RosterSpeakerResolver(scenario, language);
        return [new QuoteAnnotator(speakers), new MentionAnnotator(speakers.Names, language)];
    }

}
