namespace Plenum.Core.Evidence.Names;

/// <summary>Takes a surface form or an alias apart into a <see cref="ParsedName"/>.</summary>
internal static class NameParser
{
    public static ParsedName Parse(string text)
    {
        var tokens = NameTokenizer.Tokenize(text);
        var first = 0;
        while (first < tokens.Count && IsHonorificAt(text, tokens, first)) first = SkipHonorific(tokens, first);
        var parts = new List<NameToken>();
        for (var i = first; i < tokens.Count; i++)
            if (tokens[i].Kind is NameTokenKind.Word or NameTokenKind.Initial or NameTokenKind.Comma) parts.Add(tokens[i]);
        var surnameIndex = -1;
        if (parts.Count > 1 && parts[0].Kind == NameTokenKind.Word && parts[1].Kind == NameTokenKind.Comma) surnameIndex = 0;
        else
            for (var i = parts.Count - 1; i >= 0; i--)
                if (parts[i].Kind == NameTokenKind.Word)
                {
                    surnameIndex = i;
                    break;
                }
        var given = new List<string>();
        var initials = new List<string>();
        var normalised = new List<string>();
        string? surname = null;
        var possessive = false;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Kind == NameTokenKind.Comma) continue;
            var word = text.Substring(part.Start, part.NameLength);
            if (part.Kind == NameTokenKind.Initial)
            {
                var initial = FoldLower(word);
                initials.Add(initial);
                normalised.Add(initial + ".");
                continue;
            }
            normalised.Add(FoldLower(word));
            if (i == surnameIndex)
            {
                surname = word;
                possessive = part.NameLength < part.Length;
            }
            else
            {
                given.Add(word);
            }
        }
        return new ParsedName(surname, given, initials, string.Join(' ', normalised), possessive);
    }

    /// <summary>Lower case, diacritics folded; Cyrillic stays Cyrillic (lower-cased).</summary>
    public static string FoldLower(string word) => DiacriticFolding.Fold(word.ToLowerInvariant());

    /// <summary>The first letter of a romanised initial ("Ж" → "z", "Ya" → "y").</summary>
    public static char InitialLetter(string initial)
    {
        var latin = Transliterator.Transliterate(initial, TransliterationSystem.BgnPcgn);
        var folded = FoldLower(latin);
        return folded.Length > 0 ? folded[0] : '?';
    }

    private static bool IsHonorificAt(string text, List<NameToken> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind is not (NameTokenKind.Word or NameTokenKind.Initial)) return token.Kind == NameTokenKind.Break && index + 1 < tokens.Count;
        return Honorifics.IsHonorific(text.AsSpan(token.Start, token.NameLength)) && index + 1 < tokens.Count;
    }

    private static int SkipHonorific(List<NameToken> tokens, int index) => index + 1;
}
