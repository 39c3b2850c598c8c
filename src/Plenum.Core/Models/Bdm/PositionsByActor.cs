using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// One round's positions as a read-only map from actor id to position, backed by an array and an id index
/// shared by every round of the issue: a run of r rounds keeps r arrays instead of r hash tables.
/// </summary>
/// <remarks>
/// Enumerates in input order, as the dictionary it replaces did. Monte Carlo runs keep hundreds of results alive
/// while a block is folded; smaller rounds mean less for the garbage collector to copy on every thread.
/// </remarks>
internal sealed class PositionsByActor(string[] ids, IReadOnlyDictionary<string, int> index, double[] values) : IReadOnlyDictionary<string, double>
{
    /// <summary>Actor id → index into the round's array; build once per issue.</summary>
    public static IReadOnlyDictionary<string, int> IndexOf(string[] ids)
    {
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) index[ids[i]] = i;
        return index;
    }

    public double this[string key] => index.TryGetValue(key, out var i) ? values[i] : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => ids;

    /// <summary>The actor ids in input order, for readers that walk every position without an enumerator.</summary>
    internal ReadOnlySpan<string> ActorIds => ids;

    /// <summary>The positions, aligned with <see cref="ActorIds"/>.</summary>
    internal ReadOnlySpan<double> Positions => values;

    public IEnumerable<double> Values => values;

    public int Count => ids.Length;

    public bool ContainsKey(string key) => index.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        if (index.TryGetValue(key, out var i))
        {
            value = values[i];
            return true;
        }
        value = 0;
        return false;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var i = 0; i < ids.Length; i++) yield return new KeyValuePair<string, double>(ids[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
