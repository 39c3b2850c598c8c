namespace Plenum.Core.Evidence.Quotes;

/// <summary>A quotation while the finder is still reading it (mutable, private to the finder).</summary>
internal sealed class OpenQuote(int openAt, char mark, int depth, OpenQuote? parent, int paragraph)
{
    public int OpenAt { get; set; } = openAt;
    public char Mark { get; } = mark;
    public int Depth { get; } = depth;
    public OpenQuote? Parent { get; set; } = parent;
    public int StartParagraph { get; } = paragraph;
    public int EndParagraph { get; set; } = paragraph;
    public int PartStart { get; set; }
    public int End { get; set; }
    public QuotationFlags Flags { get; set; }
    public List<TextSpan> Parts { get; } = [];

    /// <summary>Ends the current part at <paramref name="end"/>, trimmed of white space; empty parts are dropped.</summary>
    public void EndPart(string text, int end)
    {
        var start = PartStart;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) Parts.Add(TextSpan.FromBounds(start, end));
    }
}
