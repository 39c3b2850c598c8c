namespace Plenum.Core.Evidence.Names;

/// <summary>
/// Splits text into words, initials, commas and breaks in one pass, keeping character offsets, so mention
/// spans point into the original text.
/// </summary>
/// <remarks>
/// An apostrophe or hyphen between letters stays inside the word (Zinov'ev, Bonch-Bruyevich); a French
/// elision before a capital starts a new word (d'Ordjonikidzé → Ordjonikidzé); a trailing 's or ’s is a
/// possessive and is left out of the word's name length.
/// </remarks>
internal static class NameTokenizer
{
    public static List<NameToken> Tokenize(string text) => Tokenize(text, new List<NameToken>(text.Length / 5 + 4));

    public static List<NameToken> Tokenize(string text, List<NameToken> tokens)
    {
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }
            if (c == ',')
            {
                tokens.Add(new NameToken(NameTokenKind.Comma, i, 1, 1, false, false));
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && IsBlankLineAhead(text, i + 1)) AddBreak(tokens, i);
                i++;
                continue;
            }
            AddBreak(tokens, i);
            i++;
        }
        return tokens;
    }

    private static int ReadWord(string text, int start, List<NameToken> tokens)
    {
        var i = start;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }
            var joinsLetters = (IsApostrophe(c) || c == '-') && i + 1 < n && char.IsLetter(text[i + 1]);
            if (!joinsLetters) break;
            if (IsApostrophe(c) && IsElision(text, start, i) && char.IsUpper(text[i + 1]))
            {
                start = i + 1;
                i++;
                continue;
            }
            i++;
        }
        var length = i - start;
        var nameLength = length;
        if (length > 2 && IsApostrophe(text[i - 2]) && text[i - 1] is 's' or 'S') nameLength -= 2;
        var first = text[start];
        var capitalised = char.IsUpper(first);
        var cyrillic = Transliterator.IsCyrillicLetter(first);
        if (i < n && text[i] == '.' && length <= 2 && capitalised && nameLength == length)
        {
            tokens.Add(new NameToken(NameTokenKind.Initial, start, length + 1, length, true, cyrillic));
            return i + 1;
        }
        tokens.Add(new NameToken(NameTokenKind.Word, start, length, nameLength, capitalised, cyrillic));
        return i;
    }

    private static bool IsElision(string text, int start, int apostrophe)
    {
        var length = apostrophe - start;
        if (length == 1) return text[start] is 'd' or 'D' or 'l' or 'L';
        return length == 2 && text[start] is 'q' or 'Q' && text[start + 1] == 'u';
    }

    private static void AddBreak(List<NameToken> tokens, int at)
    {
        if (tokens.Count > 0 && tokens[^1].Kind == NameTokenKind.Break && tokens[^1].End == at)
        {
            var last = tokens[^1];
            tokens[^1] = last with { Length = last.Length + 1, NameLength = last.NameLength + 1 };
            return;
        }
        tokens.Add(new NameToken(NameTokenKind.Break, at, 1, 1, false, false));
    }

    private static bool IsBlankLineAhead(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
        return i < text.Length && text[i] == '\n';
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || DiacriticFolding.IsCombiningMark(c);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '\u02BC';
}
