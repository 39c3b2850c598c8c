using Plenum.Core.Scenarios;

namespace Plenum.Core.Evidence.Corroboration;

/// <summary>
/// The scenario's sources grouped into provenance clusters: sources joined by a provenance relation
/// (quoted from, republished from, derived from, primary source, translation of), by the same author or by
/// the same publisher are one witness, not several. Clusters are the connected components of that graph,
/// so a chain (A quotes B, C quotes B) joins A and C too.
/// </summary>
public sealed class ProvenanceClusters
{
    private readonly Dictionary<string, int> _clusterOf;

    private ProvenanceClusters(Dictionary<string, int> clusterOf, IReadOnlyList<ProvenanceCluster> clusters)
    {
        _clusterOf = clusterOf;
        Clusters = clusters;
    }

    /// <summary>Every cluster, numbered from 1 in the order their first source is declared.</summary>
    public IReadOnlyList<ProvenanceCluster> Clusters { get; }

    /// <summary>The cluster of a declared source.</summary>
    public ProvenanceCluster ClusterOf(string sourceId) => Clusters[_clusterOf[sourceId]];

    /// <summary>Builds the clusters of the scenario's sources.</summary>
    public static ProvenanceClusters Of(IReadOnlyList<Source> sources)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sources) index.TryAdd(s.Id, index.Count);
        var parent = Enumerable.Range(0, index.Count).ToArray();
        var reasons = new List<ProvenanceLink>();

        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        void Join(string a, string b, string why)
        {
            if (!index.TryGetValue(a, out var ia) || !index.TryGetValue(b, out var ib)) return;
            reasons.Add(new ProvenanceLink(a, b, why));
            ia = Find(ia);
            ib = Find(ib);
            // The lower index becomes the root so that cluster order follows declaration order.
            if (ia != ib) parent[Math.Max(ia, ib)] = Math.Min(ia, ib);
        }

        foreach (var s in sources)
            foreach (var link in s.Relations)
                Join(s.Id, link.TargetId, SourceRelation.KeyOf(link.Kind).Replace('_', ' '));
        JoinShared(sources, s => s.Author, "same author", Join);
        JoinShared(sources, s => s.Publisher, "same publisher", Join);

        var byRoot = new Dictionary<int, List<string>>();
        foreach (var (id, i) in index)
        {
            var root = Find(i);
            if (!byRoot.TryGetValue(root, out var members)) byRoot[root] = members = [];
            members.Add(id);
        }
        var roots = byRoot.Keys.Order().ToList();
        var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var clusters = new List<ProvenanceCluster>();
        foreach (var root in roots)
        {
            var members = byRoot[root].OrderBy(id => index[id]).ToList();
            foreach (var m in members) clusterOf[m] = clusters.Count;
            var memberSet = members.ToHashSet(StringComparer.Ordinal);
            clusters.Add(new ProvenanceCluster(clusters.Count + 1, members, reasons.Where(l => memberSet.Contains(l.From)).ToList()));
        }
        return new ProvenanceClusters(clusterOf, clusters);
    }

    private static void JoinShared(IReadOnlyList<Source> sources, Func<Source, string?> key, string why, Action<string, string, string> join)
    {
        foreach (var group in sources.Where(s => Normalise(key(s)) is not null).GroupBy(s => Normalise(key(s))!))
        {
            var first = group.First();
            foreach (var other in group.Skip(1)) join(other.Id, first.Id, why);
        }
    }

    /// <summary>Names compared without case, punctuation or spacing ("G. G." = "g.g.").</summary>
    internal static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var letters = new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return letters.Length == 0 ? null : letters;
    }
}

/// <summary>Sources that count as one witness.</summary>
/// <param name="Number">1, 2, 3… in the order the first member is declared.</param>
/// <param name="Sources">The member source ids, in declaration order.</param>
/// <param name="Links">Why they were joined.</param>
public sealed record ProvenanceCluster(int Number, IReadOnlyList<string> Sources, IReadOnlyList<ProvenanceLink> Links);

/// <summary>One reason two sources are not independent.</summary>
public sealed record ProvenanceLink(string From, string To, string Why);
