namespace Plenum.Core.Evidence.Names;

/// <summary>
/// Nominative forms a Russian surname in Cyrillic may have, given an inflected form found in running text:
/// Сталина, Сталину, Сталиным → Сталин; Томского → Томский; Крупской → Крупская; Чубарем → Чубарь.
/// </summary>
/// <remarks>
/// Suffix stripping over the declension of surnames (-ов/-ев/-ин like short adjectives, -ский/-ская like
/// adjectives, consonant and soft-sign stems like nouns). It over-generates (Зиновьева gives Зиновьев, which
/// is the genitive, but is also the feminine nominative); the resolver marks such matches as a case-ending
/// reading so the analyst sees why.
/// </remarks>
internal static class RussianInflection
{
    private static readonly (string Ending, string[] Nominatives)[] Endings =
    [
        ("ого", ["ий", "ой", "ый"]),
        ("его", ["ий"]),
        ("ому", ["ий", "ой", "ый"]),
        ("ему", ["ий"]),
        ("ыми", [""]),
        ("ими", ["ий"]),
        ("ым", ["", "ый", "ой"]),
        ("им", ["ий"]),
        ("ой", ["ая", "ой", "а"]),
        ("ую", ["ая"]),
        ("ою", ["ая", "а"]),
        ("ом", ["", "ий", "ой"]),
        ("ем", ["ь", ""]),
        ("ых", [""]),
        ("ах", [""]),
        ("ам", [""]),
        ("а", [""]),
        ("я", ["ь", "й"]),
        ("у", [""]),
        ("ю", ["ь", "й"]),
        ("е", ["", "ь", "а"]),
        ("ы", ["", "а"]),
        ("и", ["ь", "я"]),
    ];

    /// <summary>The candidate nominatives of <paramref name="word"/> with the ending each reading removed; excludes the word itself.</summary>
    public static IEnumerable<(string Nominative, string Ending)> NominativeCandidates(string word)
    {
        foreach (var (ending, nominatives) in Endings)
        {
            if (word.Length <= ending.Length + 2 || !word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) continue;
            var stem = word[..^ending.Length];
            var upper = char.IsUpper(word[^1]) && char.IsUpper(word[0]) && word.Length > 1 && char.IsUpper(word[1]);
            foreach (var nominative in nominatives)
                yield return (stem + (upper ? nominative.ToUpperInvariant() : nominative), ending);
        }
    }
}
