namespace Plenum.Core.Evidence.Names;

/// <summary>What an <see cref="ActorNameResolver"/> knows beyond the scenario, and how far it reaches.</summary>
public sealed record NameResolverOptions
{
    /// <summary>The defaults: no extra aliases, the default never-merge list, no decisions, scores from 0.75.</summary>
    public static NameResolverOptions Default { get; } = new();

    /// <summary>More aliases per actor id (pseudonyms, birth names, spellings found in a source), added to the scenario's own.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExtraAliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Never-merge pairs added to <see cref="NeverMergePair.Defaults"/> (the scenario's own, the analyst's).</summary>
    public IReadOnlyList<NeverMergePair> NeverMerge { get; init; } = [];

    /// <summary>Whether <see cref="NeverMergePair.Defaults"/> apply; true unless a caller has a reason to drop them.</summary>
    public bool UseDefaultNeverMerge { get; init; } = true;

    /// <summary>The analyst's confirmations and rejections.</summary>
    public NameMergeDecisions Decisions { get; init; } = NameMergeDecisions.None;

    /// <summary>Suggestions below this score are dropped. 0.75 keeps Jaro–Winkler matches of the keys from 0.9 (score 0.765).</summary>
    public double MinimumScore { get; init; } = 0.75;

    /// <summary>Jaro–Winkler similarity of the skeleton keys from which a fuzzy suggestion is made.</summary>
    public double JaroWinklerThreshold { get; init; } = 0.90;
}
