namespace Plenum.Core.Evidence.Quotes;

/// <summary>Splits a plain text into paragraphs, keeping original offsets.</summary>
/// <remarks>
/// A blank line separates paragraphs; single line breaks are only wrapping. A text with no blank line at all
/// (one paragraph per line, as many exports and minutes are written) is read one line per paragraph.
/// Spans are trimmed of surrounding white space.
/// </remarks>
internal static class Paragraphs
{
    /// <summary>The paragraphs of <paramref name="text"/> in order, trimmed.</summary>
    public static TextSpan[] Split(string text)
    {
        var lines = new List<(int Start, int End, bool Blank)>();
        var anyBlank = false;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var blank = IsBlank(text, lineStart, i);
            anyBlank |= blank && lines.Count > 0 && i < text.Length;
            lines.Add((lineStart, i, blank));
            lineStart = i + 1;
        }
        var result = new List<TextSpan>();
        var paraStart = -1;
        var paraEnd = -1;
        foreach (var (start, end, blank) in lines)
        {
            if (blank || !anyBlank)
            {
                Flush(text, result, paraStart, paraEnd);
                paraStart = -1;
                if (blank) continue;
            }
            if (paraStart < 0) paraStart = start;
            paraEnd = end;
            if (!anyBlank)
            {
                Flush(text, result, paraStart, paraEnd);
                paraStart = -1;
            }
        }
        Flush(text, result, paraStart, paraEnd);
        return result.ToArray();
    }

    private static void Flush(string text, List<TextSpan> result, int start, int end)
    {
        if (start < 0) return;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(TextSpan.FromBounds(start, end));
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
