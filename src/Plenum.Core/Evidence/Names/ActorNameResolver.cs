using Plenum.Core.Scenarios;

namespace Plenum.Core.Evidence.Names;

/// <summary>
/// Suggests which scenario actors a name found in a document may refer to, across spellings, scripts,
/// possessives, honorifics and Russian case endings. It ranks candidates; it never merges. The analyst's
/// <see cref="NameMergeDecisions"/> are respected, and never-merge pairs are never suggested.
/// </summary>
/// <remarks>
/// <para>Methods and scores, best first: an analyst's confirmation (1.0); the actor's name or an alias,
/// compared after folding case and diacritics (1.0; 0.97 through a Russian case ending, 0.98 through a German
/// genitive -s); a romanisation of a Cyrillic alias in any <see cref="TransliterationSystem"/>, or a Cyrillic
/// form that romanises to a Latin alias (0.95); equal <see cref="SkeletonKey"/>s under the document's
/// language rules (0.90); Jaro–Winkler of the keys at or above <see cref="NameResolverOptions.JaroWinklerThreshold"/>
/// (0.85 × similarity). A given name or initial that contradicts every given name the actor is known by
/// multiplies the score by 0.8.</para>
/// <para>Never merged: a pair in the never-merge list (defaults plus the caller's), and a feminine surname
/// offered for a masculine actor or the other way round (Zinovyeva is not Zinoviev). Only an exact alias or
/// the analyst's confirmation passes these guards. Immutable and thread-safe once built.</para>
/// </remarks>
public sealed partial class ActorNameResolver
{
    internal const double TransliterationScore = 0.95;
    internal const double SkeletonScore = 0.90;
    internal const double FuzzyFactor = 0.85;
    internal const double CaseEndingFactor = 0.97;
    internal const double GermanGenitiveFactor = 0.98;
    internal const double GivenNameConflictFactor = 0.8;

    private readonly List<(HashSet<string> First, HashSet<string> Second, NeverMergePair Pair)> _neverMerge = [];

    /// <summary>A resolver over <paramref name="actors"/>.</summary>
    public ActorNameResolver(IEnumerable<ActorNames> actors, NameResolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        Options = options ?? NameResolverOptions.Default;
        foreach (var actor in actors)
        {
            var extra = Options.ExtraAliases.TryGetValue(actor.ActorId, out var more) ? more : [];
            IndexActor(actor, extra);
        }
        var pairs = (Options.UseDefaultNeverMerge ? NeverMergePair.Defaults : []).Concat(Options.NeverMerge);
        foreach (var pair in pairs) _neverMerge.Add((KeysOf(pair.First), KeysOf(pair.Second), pair));
        _fuzzyIndex = BuildFuzzyIndex();
    }

    /// <summary>
    /// A resolver over the scenario's actors (id, name, aliases), with the scenario's own <c>never_merge</c>
    /// pairs added to those of <paramref name="options"/>.
    /// </summary>
    public static ActorNameResolver FromScenario(Scenario scenario, NameResolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= NameResolverOptions.Default;
        var own = scenario.NeverMergeNames.Select(p => new NeverMergePair(p.First, p.Second));
        options = options with { NeverMerge = [.. options.NeverMerge, .. own] };
        return new ActorNameResolver(scenario.Actors.Select(a => new ActorNames(a.Id, a.Name, a.Aliases)), options);
    }

    /// <summary>The options the resolver was built with.</summary>
    public NameResolverOptions Options { get; }

    /// <summary>The actor ids, in the order given.</summary>
    public IReadOnlyList<string> ActorIds => _actors.Select(a => a.ActorId).ToList();

    /// <summary>The never-merge pairs in force.</summary>
    public IReadOnlyList<NeverMergePair> NeverMerge => _neverMerge.Select(p => p.Pair).ToList();

    /// <summary>The name strings of an actor the mention gazetteer searches for: aliases, romanisations and generated forms.</summary>
    internal IEnumerable<(string ActorId, string Variant)> Variants() =>
        _actors.SelectMany(a => a.Variants.Distinct(StringComparer.Ordinal).Select(v => (a.ActorId, v)));

    /// <summary>Ranked suggestions for <paramref name="surface"/> in a document in <paramref name="language"/> (an ISO code, or null when unknown).</summary>
    public IReadOnlyList<NameSuggestion> Resolve(string surface, string? language) => Resolve(surface, NameLanguages.Parse(language));

    /// <summary>Ranked suggestions for <paramref name="surface"/> in a document in <paramref name="language"/>.</summary>
    public IReadOnlyList<NameSuggestion> Resolve(string surface, NameLanguage language)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var parsed = NameParser.Parse(surface);
        var best = new Dictionary<int, NameSuggestion>();
        var surfaceKeys = new HashSet<string>(StringComparer.Ordinal);
        var mainKeys = new HashSet<string>(StringComparer.Ordinal);
        if (parsed.Surname is not null)
        {
            if (parsed.WordCount > 1 && _fullForms.TryGetValue(parsed.Normalised, out var full))
                foreach (var entry in full) Offer(best, entry, 1.0, "");
            foreach (var (text, factor, why) in SurnameReadings(parsed, language))
                MatchSurname(best, text, factor, why, language, surfaceKeys, factor == 1.0 ? mainKeys : null);
            ApplyGuards(best, surfaceKeys, mainKeys, parsed);
            ApplyGivenNames(best, parsed);
        }
        ApplyDecisions(best, parsed.Normalised);
        return best.Values
            .Where(s => s.Score >= Options.MinimumScore)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Method)
            .ThenBy(s => s.ActorId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The surname as written, then readings without a German genitive -s or a Russian case ending.</summary>
    private static IEnumerable<(string Text, double Factor, string Why)> SurnameReadings(ParsedName parsed, NameLanguage language)
    {
        var surname = parsed.Surname!;
        yield return (surname, 1.0, parsed.PossessiveRemoved ? "possessive 's removed; " : "");
        if (parsed.SurnameIsCyrillic)
        {
            foreach (var (nominative, ending) in RussianInflection.NominativeCandidates(surname))
                yield return (nominative, CaseEndingFactor, $"Russian case ending -{ending} read as {nominative}; ");
        }
        else if (language is NameLanguage.German or NameLanguage.Unknown && surname.Length > 4 && surname.EndsWith('s'))
        {
            yield return (surname[..^1], GermanGenitiveFactor, "German genitive -s removed; ");
        }
    }

    private void MatchSurname(Dictionary<int, NameSuggestion> best, string text, double factor, string why, NameLanguage language,
        HashSet<string> surfaceKeys, HashSet<string>? mainKeys)
    {
        var folded = NameParser.FoldLower(text);
        if (_surnameForms.TryGetValue(folded, out var exact))
            foreach (var entry in exact) Offer(best, entry, factor, why);
        var cyrillic = Transliterator.ContainsCyrillic(text);
        if (cyrillic)
        {
            foreach (var (system, latin) in Transliterator.AllRomanisations(text))
            {
                if (!_surnameForms.TryGetValue(NameParser.FoldLower(latin), out var romanised)) continue;
                foreach (var entry in romanised.Where(e => e.Method == NameMatchMethod.AliasExact))
                    Offer(best, entry with
                    {
                        Method = NameMatchMethod.Transliteration,
                        Score = TransliterationScore,
                        Detail = $"{SystemName(system)} romanisation '{latin}' matches {entry.Detail}",
                    }, factor, why);
            }
        }
        var ruleSets = cyrillic ? [NameLanguage.English] : NameLanguages.RuleSetsFor(language);
        var keys = new List<string>(ruleSets.Count);
        foreach (var rules in ruleSets)
        {
            var key = SkeletonKey.For(text, rules);
            if (key.Length == 0 || keys.Contains(key)) continue;
            keys.Add(key);
            surfaceKeys.Add(key);
            mainKeys?.Add(key);
            if (_keyForms.TryGetValue(key, out var same))
                foreach (var entry in same) Offer(best, entry, factor, why + $"{RulesName(rules)} rules; ");
        }
        MatchFuzzy(best, keys, factor, why);
    }

    private void MatchFuzzy(Dictionary<int, NameSuggestion> best, List<string> keys, double factor, string why)
    {
        for (var a = 0; a < _actors.Count; a++)
        {
            var bestSimilarity = 0.0;
            string bestKey = "", bestActorKey = "";
            foreach (var actorKey in _actors[a].FuzzyKeys)
            {
                foreach (var key in keys)
                {
                    if (Math.Abs(key.Length - actorKey.Length) > 3) continue;
                    var similarity = JaroWinkler.Similarity(key, actorKey);
                    if (similarity <= bestSimilarity) continue;
                    bestSimilarity = similarity;
                    bestKey = key;
                    bestActorKey = actorKey;
                }
            }
            if (bestSimilarity < Options.JaroWinklerThreshold || bestSimilarity >= 1.0) continue;
            var detail = $"Jaro–Winkler {bestSimilarity:0.000} between keys '{bestKey}' and '{bestActorKey}'";
            Offer(best, new NameFormEntry(a, NameMatchMethod.JaroWinkler, FuzzyFactor * bestSimilarity, bestActorKey, detail), factor, why);
        }
    }

    private void Offer(Dictionary<int, NameSuggestion> best, NameFormEntry entry, double factor, string why)
    {
        var score = Math.Round(entry.Score * factor, 4);
        var suggestion = new NameSuggestion(_actors[entry.ActorIndex].ActorId, score, entry.Method, entry.Variant, why + entry.Detail);
        if (!best.TryGetValue(entry.ActorIndex, out var current) || Better(suggestion, current)) best[entry.ActorIndex] = suggestion;
    }

    private static bool Better(NameSuggestion candidate, NameSuggestion current) =>
        candidate.Score > current.Score || (candidate.Score == current.Score && candidate.Method < current.Method);

    private static string RulesName(NameLanguage rules) => rules switch
    {
        NameLanguage.German => "German",
        NameLanguage.French => "French",
        _ => "English",
    };

    private static HashSet<string> KeysOf(string name) =>
        AllRuleSets.Select(r => SkeletonKey.For(name, r)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
}
