namespace Plenum.Core.Evidence.Quotes;

/// <summary>
/// Joins <c>"We want," he said, "a platform."</c> into one quotation with two parts: the first part ends with a
/// comma or dash, the narration between is short, has no sentence end and ends with a comma or dash, and the
/// second part uses the same marks in the same paragraph.
/// </summary>
/// <remarks>
/// <c>"A platform?" asked Kamenev. "Perhaps…"</c> is not joined: the narration ends a sentence, and the next
/// remark may be another speaker's reply (it is, in the 1929 source).
/// </remarks>
internal static class InterruptionMerger
{
    private const int MaxNarration = 120;

    public static List<OpenQuote> Merge(string text, List<OpenQuote> quotes)
    {
        var top = quotes.Where(q => q.Depth == 0).OrderBy(q => q.OpenAt).ToList();
        var removed = new HashSet<OpenQuote>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k + 1 < top.Count; k++)
        {
            var first = top[k];
            var second = top[k + 1];
            if (!Joinable(text, first, second)) continue;
            first.Parts.AddRange(second.Parts);
            first.End = second.End;
            first.EndParagraph = second.EndParagraph;
            first.Flags |= QuotationFlags.Interrupted | second.Flags;
            foreach (var q in quotes)
                if (ReferenceEquals(q.Parent, second)) q.Parent = first;
            removed.Add(second);
            top[k + 1] = first;
        }
        return removed.Count == 0 ? quotes : quotes.Where(q => !removed.Contains(q)).ToList();
    }

    private static bool Joinable(string text, OpenQuote first, OpenQuote second)
    {
        if (first.EndParagraph != second.StartParagraph) return false;
        if ((first.Flags & (QuotationFlags.Unclosed | QuotationFlags.MissingOpeningMark)) != 0) return false;
        if ((second.Flags & QuotationFlags.MissingOpeningMark) != 0) return false;
        if (QuoteMarks.Family(first.Mark) != QuoteMarks.Family(second.Mark)) return false;
        var gapStart = first.End;
        var gapEnd = second.OpenAt;
        if (gapEnd - gapStart > MaxNarration || gapEnd <= gapStart) return false;
        var gap = text.AsSpan(gapStart, gapEnd - gapStart).Trim();
        if (gap.Length == 0 || gap.IndexOfAny(".!?\n") >= 0 || gap.IndexOfAny("\"\u201C\u201D\u201E\u00AB\u00BB") >= 0) return false;
        var lastWord = text[first.Parts[^1].End - 1];
        var firstOfGap = gap[0];
        return (IsComma(lastWord) || IsDash(lastWord) || IsComma(firstOfGap) || IsDash(firstOfGap)) && (IsComma(gap[^1]) || IsDash(gap[^1]));
    }

    private static bool IsComma(char c) => c == ',';

    private static bool IsDash(char c) => c is '\u2014' or '\u2013' or '-';
}
