namespace Plenum.Core.Evidence.Quotes;

/// <summary>Forms of address that precede a name and are not part of it (Comrade Kamenev, tov. Stalin, Genosse Sinowjew).</summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "comrade", "comrades", "tov", "tov.", "tovarishch", "tovarich", "genosse", "genossin", "genossen", "camarade",
        "citizen", "citoyen", "citoyenne", "mr", "mr.", "mrs", "mrs.", "herr", "frau", "monsieur", "madame", "m.", "mme",
        "mme.", "dr", "dr.", "general", "gen.", "marshal", "chairman", "secretary",
    };

    /// <summary>Whether the word is a form of address.</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) =>
        Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The name without leading forms of address, a possessive ending, surrounding punctuation or repeated spaces.</summary>
    public static string Strip(string surface)
    {
        var parts = surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < parts.Length - 1 && Words.Contains(parts[first])) first++;
        var name = string.Join(' ', parts, first, parts.Length - first).Trim(',', ';', ':', '!', '?', '"', '\'', '(', ')');
        if (name.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || name.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase))
            name = name[..^2];
        return name;
    }
}
