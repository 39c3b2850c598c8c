namespace Plenum.Evidence;

/// <summary>
/// The text of a document as stored: every offset in the evidence layer (passages, quotes, mentions, search hits)
/// counts UTF-16 code units from the start of <see cref="Text"/>.
/// </summary>
/// <param name="Text">The extracted text, line ends normalised to <c>\n</c>, never empty.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Encoding">The character encoding of a text, Markdown or HTML file (<c>utf-8</c>, <c>windows-1251</c>…); null for PDF.</param>
/// <param name="Title">A title found in the document (HTML <c>&lt;title&gt;</c>, first Markdown heading, PDF title), or null.</param>
/// <param name="PageStarts">For PDF: the offset where each page's text starts (page 1 at 0); empty for other formats.</param>
public sealed record ExtractedText(string Text, DocumentFormat Format, string? Encoding, string? Title, IReadOnlyList<int> PageStarts);
