namespace Plenum.Core.Evidence.Quotes;

/// <summary>How a quotation still open at the end of a paragraph goes on.</summary>
internal enum ParagraphContinuation
{
    /// <summary>It does not: it ends with its paragraph and is reported unclosed.</summary>
    None,

    /// <summary>The next paragraph opens with the same mark: the running-over convention of English and German print.</summary>
    ReopenedByMark,

    /// <summary>The next paragraph closes it before opening anything: the break is a layout accident inside the remark.</summary>
    BrokenParagraph,
}
