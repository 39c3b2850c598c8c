namespace Plenum.Core.Evidence.Names;

/// <summary>Reading a language tag into a <see cref="NameLanguage"/>.</summary>
public static class NameLanguages
{
    /// <summary>
    /// The language of an ISO 639-1 or 639-2 code or an English language name ("de", "deu", "ger", "German",
    /// "de-AT"); <see cref="NameLanguage.Unknown"/> for null, empty or anything else.
    /// </summary>
    public static NameLanguage Parse(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return NameLanguage.Unknown;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "en" or "eng" or "english" => NameLanguage.English,
            "de" or "deu" or "ger" or "german" or "deutsch" => NameLanguage.German,
            "fr" or "fra" or "fre" or "french" or "français" or "francais" => NameLanguage.French,
            "ru" or "rus" or "russian" => NameLanguage.Russian,
            _ => NameLanguage.Unknown,
        };
    }

    /// <summary>The rule sets to try for a document in <paramref name="language"/>: its own and English, or all three when unknown.</summary>
    internal static IReadOnlyList<NameLanguage> RuleSetsFor(NameLanguage language) => language switch
    {
        NameLanguage.German => [NameLanguage.German, NameLanguage.English],
        NameLanguage.French => [NameLanguage.French, NameLanguage.English],
        NameLanguage.English or NameLanguage.Russian => [NameLanguage.English],
        _ => [NameLanguage.English, NameLanguage.German, NameLanguage.French],
    };
}
