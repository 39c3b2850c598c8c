namespace Plenum.Web.Evidence;

/// <summary>A stretch of a document's text as the document page draws it: plain, or inside a quote (the innermost one).</summary>
/// <param name="Start">Offset of the stretch in the document's text; the page's script turns a selection into offsets with it.</param>
/// <param name="Text">The characters.</param>
/// <param name="QuoteId">The innermost quote covering the stretch, or null.</param>
/// <param name="Depth">How many quotes cover it (2 for a quotation inside a quotation).</param>
/// <param name="State">That quote's review state: <c>auto</c>, <c>confirmed</c> or <c>corrected</c>.</param>
public sealed record TextPiece(int Start, string Text, long? QuoteId, int Depth, string State);
