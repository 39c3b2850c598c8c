namespace Plenum.Evidence.Search;

/// <summary>
/// Cuts a document's text into the segments the full-text index holds. A hit is reported inside its segment, so
/// segments are small (a snippet and the hit's offsets come from one short row, not from a 10 MB document), and
/// they follow paragraphs so that a snippet rarely starts mid-thought.
/// </summary>
/// <remarks>
/// Paragraphs (separated by an empty line or a page break) are joined until a segment reaches <see cref="Target"/>
/// characters; a paragraph longer than <see cref="Max"/> is cut at the last white space before the limit. Segments
/// cover the whole text without gaps or overlaps, so a phrase is found unless it crosses a segment boundary.
/// </remarks>
public static class Segmenter
{
    /// <summary>A segment is closed at the first paragraph end after this many characters.</summary>
    public const int Target = 1000;

    /// <summary>No segment is longer than this.</summary>
    public const int Max = 4000;

    /// <summary>The segments of <paramref name="text"/>, in order, covering all of it.</summary>
    public static IReadOnlyList<TextSegment> Split(string text)
    {
        var segments = new List<TextSegment>(text.Length / Target + 1);
        var start = 0;
        while (start < text.Length)
        {
            var end = NextEnd(text, start);
            segments.Add(new TextSegment(start, end));
            start = end;
        }
        return segments;
    }

    private static int NextEnd(string text, int start)
    {
        var limit = Math.Min(text.Length, start + Max);
        var from = Math.Min(text.Length, start + Target);
        if (limit == text.Length && text.Length - start <= Target) return text.Length;
        var paragraph = text.IndexOf("\n\n", from, limit - from, StringComparison.Ordinal);
        var page = text.IndexOf('\f', from, limit - from);
        var breakAt = paragraph < 0 ? page : page < 0 ? paragraph : Math.Min(paragraph, page);
        if (breakAt >= 0) return breakAt + 1;
        if (limit == text.Length) return limit;
        for (var i = limit - 1; i > start + Target / 2; i--)
            if (char.IsWhiteSpace(text[i])) return i + 1;
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
