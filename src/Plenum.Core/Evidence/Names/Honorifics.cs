namespace Plenum.Core.Evidence.Names;

/// <summary>
/// Words that stand before a name without being part of it: Comrade, tov., Genosse, camarade, товарищ.
/// A mention's span includes them; resolution ignores them.
/// </summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "comrade", "comrades", "com", "tov", "tovarishch", "tovarisch", "tovarich", "citizen", "mr", "mrs", "mister",
        "genosse", "genossen", "genossin", "genossinnen", "herr", "frau", "burger",
        "camarade", "camarades", "citoyen", "citoyenne", "monsieur", "madame",
        "товарищ", "товарища", "товарищу", "товарищем", "товарище", "товарищи", "тов", "гражданин",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (any case, diacritics allowed, without a trailing period) is an honorific.</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 12) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (Lookup.Contains(lower)) return true;
        foreach (var c in lower)
            if (c >= '\u00C0' && !Transliterator.IsCyrillicLetter(c)) return Words.Contains(DiacriticFolding.Fold(new string(lower)));
        return false;
    }
}
