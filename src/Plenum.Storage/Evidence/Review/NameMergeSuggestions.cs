using Plenum.Core.Evidence.Names;
using Plenum.Core.Scenarios;
using Plenum.Evidence.Annotation;

namespace Plenum.Storage.Evidence.Review;

/// <summary>
/// Builds the list of merges for the analyst from the stored mentions: with a scenario, every spelling is
/// resolved again against its roster (all candidates with scores, the analyst's decisions applied); without one,
/// the suggestion the annotator stored at ingest is listed. A rejected merge is never listed again.
/// </summary>
public static class NameMergeSuggestions
{
    /// <summary>The suggestions, best score first.</summary>
    /// <param name="tallies">The workspace's stored mentions (<see cref="EvidenceReviewStore.MentionTalliesAsync"/>).</param>
    /// <param name="decisions">The workspace's decisions (<see cref="EvidenceReviewStore.MergeDecisionsAsync"/>).</param>
    /// <param name="scenario">Resolve against this roster (its aliases and never-merge pairs), or null to list what was stored.</param>
    /// <param name="includeSettled">Also list exact alias matches and confirmed merges; otherwise only what awaits a decision.</param>
    /// <param name="language">The documents' language for the resolver, or null when unknown.</param>
    public static IReadOnlyList<NameMergeSuggestion> From(IReadOnlyList<MentionTally> tallies, NameMergeDecisions decisions, Scenario? scenario,
        bool includeSettled, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(decisions);
        var spellings = tallies.GroupBy(t => t.Surface, StringComparer.Ordinal)
            .Select(g => (Surface: g.Key, Mentions: g.Sum(t => t.Mentions), Documents: g.Max(t => t.Documents), Tallies: g.ToList()));
        var list = new List<NameMergeSuggestion>();
        if (scenario is null)
        {
            foreach (var (surface, _, _, group) in spellings)
                foreach (var byActor in group.GroupBy(t => t.ActorId, StringComparer.Ordinal))
                {
                    var best = byActor.MaxBy(t => t.Score)!;
                    list.Add(new NameMergeSuggestion(surface, best.ActorId, best.Score, best.Method, "as stored when the document was added",
                        byActor.Sum(t => t.Mentions), byActor.Max(t => t.Documents), decisions.VerdictFor(surface, best.ActorId)));
                }
        }
        else
        {
            var resolver = ActorNameResolver.FromScenario(scenario, NameResolverOptions.Default with { Decisions = decisions });
            foreach (var (surface, mentions, documents, _) in spellings)
                foreach (var s in resolver.Resolve(surface, language))
                    list.Add(new NameMergeSuggestion(surface, s.ActorId, s.Score, MentionAnnotator.Method(s.Method), s.Detail, mentions, documents,
                        decisions.VerdictFor(surface, s.ActorId)));
        }
        return list
            .Where(s => s.Verdict != NameMergeVerdict.Rejected)
            .Where(s => includeSettled || (s.Verdict is null && s.Method is not ("alias" or "confirmed")))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Surface, StringComparer.Ordinal).ThenBy(s => s.ActorId, StringComparer.Ordinal)
            .ToList();
    }
}
