namespace Plenum.Core.Evidence.Quotes;

/// <summary>How a quotation was delimited, when that departs from one opening and one closing mark.</summary>
[Flags]
public enum QuotationFlags
{
    /// <summary>One opening mark, one closing mark, one paragraph.</summary>
    None = 0,

    /// <summary>Narration interrupts the remark (<c>"We want," he said, "a platform."</c>): several parts.</summary>
    Interrupted = 1,

    /// <summary>The remark runs over a paragraph break (one part per paragraph).</summary>
    RunsOverParagraphs = 2,

    /// <summary>No closing mark was found; the quotation ends where its paragraph (or the document) ends.</summary>
    Unclosed = 4,

    /// <summary>Only the closing mark is in the text; the start was inferred (see docs/evidence/quotes.md).</summary>
    MissingOpeningMark = 8,
}
