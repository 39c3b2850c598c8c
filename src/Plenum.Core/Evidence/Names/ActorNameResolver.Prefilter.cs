namespace Plenum.Core.Evidence.Names;

public sealed partial class ActorNameResolver
{
    private (string Key, (char Letter, int Count)[] Letters)[] _fuzzyIndex = [];

    /// <summary>
    /// Whether any of <paramref name="keys"/> (a word's skeleton keys) reaches the Jaro–Winkler threshold
    /// against some actor's key: what decides whether the mention finder resolves a capitalised word that no
    /// alias matched. A cheap bound discards most words before the real similarity is computed.
    /// </summary>
    /// <remarks>
    /// Jaro–Winkler is at most 0.6 × Jaro + 0.4, and Jaro is at most (m/|a| + m/|b| + 1)/3 where m, the number
    /// of matching letters, is at most the size of the two keys' common multiset of letters. Only keys whose
    /// bound reaches the threshold are compared with <see cref="JaroWinkler.Similarity"/>.
    /// </remarks>
    internal bool MayMatchFuzzily(ReadOnlySpan<string> keys)
    {
        var index = _fuzzyIndex;
        Span<int> counts = stackalloc int[128];
        foreach (var key in keys)
        {
            if (key.Length == 0) continue;
            counts.Clear();
            foreach (var c in key) counts[c & 127]++;
            foreach (var (actorKey, letters) in index)
            {
                if (Math.Abs(actorKey.Length - key.Length) > 3) continue;
                var common = 0;
                foreach (var (letter, count) in letters) common += Math.Min(count, counts[letter & 127]);
                var jaroBound = (common / (double)key.Length + common / (double)actorKey.Length + 1) / 3;
                if (0.6 * jaroBound + 0.4 < Options.JaroWinklerThreshold) continue;
                if (JaroWinkler.Similarity(key, actorKey) >= Options.JaroWinklerThreshold) return true;
            }
        }
        return false;
    }

    private (string, (char, int)[])[] BuildFuzzyIndex() =>
        _actors.SelectMany(a => a.FuzzyKeys)
            .Distinct(StringComparer.Ordinal)
            .Select(k => (k, k.GroupBy(c => c).Select(g => (g.Key, g.Count())).ToArray()))
            .ToArray();
}
