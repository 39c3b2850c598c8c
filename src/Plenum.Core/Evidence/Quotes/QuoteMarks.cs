namespace Plenum.Core.Evidence.Quotes;

/// <summary>The quotation marks the finder knows, how they pair, and how a symmetric mark is told apart.</summary>
/// <remarks>
/// Straight marks look the same at both ends, so their role is read from their flanks: a mark after a space
/// and before a letter opens, a mark after a letter or punctuation and before a space closes. The same
/// reasoning tells the apostrophe in <c>don't</c> or <c>Zinov'ev</c> (a letter on both sides) from a quote.
/// </remarks>
internal static class QuoteMarks
{
    /// <summary>Whether the character can be a quotation mark or an apostrophe.</summary>
    public static bool IsMark(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u201E' or '\u2018' or '\u2019'
        or '\u201A' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A';

    /// <summary>Whether <paramref name="closer"/> ends a quotation opened by <paramref name="opener"/>.</summary>
    public static bool Closes(char opener, char closer) => opener switch
    {
        '"' => closer == '"',
        '\'' => closer == '\'',
        '\u201C' => closer == '\u201D',
        '\u201E' => closer is '\u201C' or '\u201D',
        '\u2018' => closer == '\u2019',
        '\u201A' => closer is '\u2018' or '\u2019',
        '\u00AB' => closer == '\u00BB',
        '\u00BB' => closer == '\u00AB',
        '\u2039' => closer == '\u203A',
        '\u203A' => closer == '\u2039',
        _ => false,
    };

    /// <summary>Marks of one family nest only with a different family (CoreNLP's rule), except straight quotes read by shape.</summary>
    public static int Family(char c) => c switch
    {
        '"' => 1,
        '\'' => 2,
        '\u201C' or '\u201D' or '\u201E' => 3,
        '\u2018' or '\u2019' or '\u201A' => 4,
        '\u00AB' or '\u00BB' => 5,
        _ => 6,
    };

    /// <summary>Whether a single-quote family mark (these double as apostrophes, so an unclosed one is dropped).</summary>
    public static bool IsSingle(char c) => Family(c) is 2 or 4;

    /// <summary>Reads a symmetric mark at <paramref name="i"/> from what stands on its left and right.</summary>
    public static MarkShape ShapeAt(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var leftFlank = (char.IsWhiteSpace(before) || IsOpeningContext(before)) && !char.IsWhiteSpace(after);
        var rightFlank = !char.IsWhiteSpace(before) && !IsOpeningContext(before)
            && (char.IsWhiteSpace(after) || IsClosingContext(after));
        if (leftFlank && !rightFlank) return MarkShape.Opening;
        if (rightFlank && !leftFlank) return MarkShape.Closing;
        return MarkShape.Ambiguous;
    }

    /// <summary>
    /// Whether a single mark (<c>'</c> or <c>’</c>) is an apostrophe: inside a word (<c>don't</c>, <c>Zinov'ev</c>),
    /// eliding the start of a word (<c>'tis</c>, <c>'90s</c>), or ending a word when no single quotation is open
    /// (<c>workers' state</c>).
    /// </summary>
    public static bool IsApostrophe(string text, int i, bool singleQuoteOpen)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetterOrDigit(before) && char.IsLetter(after)) return true;
        if (!char.IsLetterOrDigit(before) && StartsElision(text, i + 1)) return true;
        return char.IsLetterOrDigit(before) && !singleQuoteOpen;
    }

    private static readonly string[] Elisions = ["tis", "twas", "em", "til", "cause", "n", "bout", "round"];

    private static bool StartsElision(string text, int start)
    {
        if (start + 1 < text.Length && char.IsDigit(text[start]) && char.IsDigit(text[start + 1])) return true;
        foreach (var e in Elisions)
        {
            var end = start + e.Length;
            if (end > text.Length || string.Compare(text, start, e, 0, e.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (end == text.Length || !char.IsLetter(text[end])) return true;
        }
        return false;
    }

    private static bool IsOpeningContext(char c) => c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u201C'
        or '\u201E' or '\u2018' or '\u201A' or '\u00AB' or '\u2039';

    private static bool IsClosingContext(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}'
        or '\u2014' or '\u2013' or '-' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '"' or '\'' or '\u2026';
}
