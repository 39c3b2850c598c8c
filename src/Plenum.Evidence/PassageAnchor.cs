namespace Plenum.Evidence;

/// <summary>
/// A span of a document's text as stored in <c>evidence_passages</c>: its position and, as W3C text-quote
/// selectors do, its exact text with a little context on either side, so that a passage can be found again (or
/// reported as lost) if the document is ever extracted anew and offsets move.
/// </summary>
/// <param name="Start">Start offset, UTF-16 code units.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Exact">The text of the span.</param>
/// <param name="Prefix">Up to <see cref="ContextLength"/> characters before it.</param>
/// <param name="Suffix">Up to <see cref="ContextLength"/> characters after it.</param>
public sealed record PassageAnchor(int Start, int End, string Exact, string Prefix, string Suffix)
{
    /// <summary>How many characters of context are kept on each side.</summary>
    public const int ContextLength = 32;

    /// <summary>The anchor of <c>[start, end)</c> in <paramref name="text"/>.</summary>
    public static PassageAnchor For(string text, int start, int end)
    {
        if (start < 0 || end > text.Length || start >= end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a non-empty span of a text of {text.Length} characters");
        var prefixStart = Math.Max(0, start - ContextLength);
        var suffixEnd = Math.Min(text.Length, end + ContextLength);
        return new PassageAnchor(start, end, text[start..end], text[prefixStart..start], text[end..suffixEnd]);
    }
}
