namespace Plenum.Core.Evidence.Quotes;

/// <summary>One quoted remark found in a document, with stable offsets into the original text.</summary>
/// <param name="Index">Position in <see cref="QuoteScan.Quotations"/> (document order of <see cref="Span"/> starts).</param>
/// <param name="Span">From the opening mark through the closing mark, narration of an interrupted quote included.</param>
/// <param name="Parts">The quoted words without their marks: one part, or several when interrupted or run over paragraphs.</param>
/// <param name="Depth">0 for a quotation in narration, 1 for a quotation inside another one, and so on.</param>
/// <param name="ParentIndex">The enclosing quotation's index when <see cref="Depth"/> is above 0.</param>
/// <param name="Mark">The opening mark (the closing mark when the opening one is missing).</param>
/// <param name="Flags">How the quotation departs from a plain pair of marks.</param>
/// <param name="Text">The parts' text joined by single spaces.</param>
public sealed record Quotation(
    int Index,
    TextSpan Span,
    IReadOnlyList<TextSpan> Parts,
    int Depth,
    int? ParentIndex,
    char Mark,
    QuotationFlags Flags,
    string Text)
{
    /// <summary>Where the quoted words begin (the first part's start).</summary>
    public int ContentStart => Parts[0].Start;

    /// <summary>Where the quoted words end (the last part's end).</summary>
    public int ContentEnd => Parts[^1].End;
}
