using Plenum.Core.Scenarios;

namespace Plenum.Core.Evidence.Corroboration;

/// <summary>
/// Counts, for every claim of a scenario, the independent provenance clusters that support and contradict it.
/// Claims are the <c>claims</c> section plus every number or fact whose evidence is written on an actor, a
/// body or the outcome (grouped by what it supports, e.g. <c>kalinin.position.line</c>).
/// </summary>
public static class CorroborationAnalysis
{
    /// <summary>The corroboration of every claim, explicit claims first (file order), then implicit ones by path.</summary>
    public static CorroborationResult Analyse(Scenario scenario)
    {
        var clusters = ProvenanceClusters.Of(scenario.Sources);
        var sources = scenario.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var implicitEvidence = ImplicitEvidence(scenario);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ClaimCorroboration>();

        foreach (var claim in scenario.Claims)
        {
            var links = claim.Evidence.ToList();
            if (claim.Number is { } number && implicitEvidence.TryGetValue(number, out var more))
            {
                links.AddRange(more);
                claimed.Add(number);
            }
            result.Add(Score(claim.Id, claim.Statement ?? claim.Number ?? claim.Id, claim.Number, claim.Credibility, links, clusters, sources));
        }
        foreach (var (path, links) in implicitEvidence.Where(e => !claimed.Contains(e.Key)))
            result.Add(Score(path, path, IsNumber(path) ? path : null, null, links, clusters, sources));
        return new CorroborationResult(result, clusters.Clusters);
    }

    private static bool IsNumber(string path) =>
        path.EndsWith(".capability", StringComparison.Ordinal) || path.Contains(".position.", StringComparison.Ordinal)
        || path.Contains(".salience.", StringComparison.Ordinal) || path.EndsWith(".status_quo", StringComparison.Ordinal);

    private static SortedDictionary<string, List<EvidenceLink>> ImplicitEvidence(Scenario s)
    {
        var byPath = new SortedDictionary<string, List<EvidenceLink>>(StringComparer.Ordinal);
        void Add(string owner, IReadOnlyList<EvidenceLink> links)
        {
            foreach (var link in links)
            {
                var path = ClaimNumbers.PathOf(owner, link.Supports);
                if (!byPath.TryGetValue(path, out var list)) byPath[path] = list = [];
                list.Add(link);
            }
        }
        foreach (var a in s.Actors) Add(a.Id, a.Evidence);
        foreach (var b in s.Bodies) Add(b.Id, b.Evidence);
        if (s.Outcome is { } o) Add("outcome", o.Evidence);
        return byPath;
    }

    private static ClaimCorroboration Score(string id, string subject, string? number, int? credibility, List<EvidenceLink> links,
        ProvenanceClusters clusters, Dictionary<string, Source> sources)
    {
        // A link to an undeclared source cannot come from a validated scenario; skip it rather than guess its cluster.
        var known = links.Where(l => sources.ContainsKey(l.SourceId)).ToList();
        var supporting = Distinct(known, EvidenceStance.Supports);
        var contradicting = Distinct(known, EvidenceStance.Contradicts);
        return new ClaimCorroboration(
            id, subject, number, credibility,
            known.Count(l => l.Stance == EvidenceStance.Supports),
            supporting,
            ClusterNumbers(supporting, clusters),
            contradicting,
            ClusterNumbers(contradicting, clusters),
            known.Count(l => l.Stance == EvidenceStance.Context),
            supporting.Where(sid => sources[sid].Verification is not null)
                .Select(sid => new SelfVerification(sid, sources[sid].Verification!)).ToList());
    }

    private static List<string> Distinct(List<EvidenceLink> links, EvidenceStance stance) =>
        links.Where(l => l.Stance == stance).Select(l => l.SourceId).Distinct(StringComparer.Ordinal).ToList();

    private static List<int> ClusterNumbers(List<string> sourceIds, ProvenanceClusters clusters) =>
        sourceIds.Select(id => clusters.ClusterOf(id).Number).Distinct().Order().ToList();
}

/// <summary>The corroboration of a scenario's claims and the provenance clusters they were counted over.</summary>
public sealed record CorroborationResult(IReadOnlyList<ClaimCorroboration> Claims, IReadOnlyList<ProvenanceCluster> Clusters);
