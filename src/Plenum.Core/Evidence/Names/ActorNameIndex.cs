namespace Plenum.Core.Evidence.Names;

/// <summary>What the resolver knows about one actor's names, precomputed.</summary>
internal sealed class ActorNameIndex(string actorId)
{
    public string ActorId { get; } = actorId;

    /// <summary>Skeleton keys of every surname form under every rule set.</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Skeleton keys (English rules) of given names and patronymics.</summary>
    public HashSet<string> GivenNameKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>First letters of given names, patronymics and initials, romanised.</summary>
    public HashSet<char> Initials { get; } = [];

    /// <summary>The distinct keys compared by Jaro–Winkler.</summary>
    public List<string> FuzzyKeys { get; } = [];

    /// <summary>Whether the actor's own surname is feminine (its key ends in -a: Krupskaya).</summary>
    public bool Feminine { get; set; }

    /// <summary>Every name string of the actor (aliases, romanisations, generated forms), for the mention gazetteer.</summary>
    public List<string> Variants { get; } = [];
}
