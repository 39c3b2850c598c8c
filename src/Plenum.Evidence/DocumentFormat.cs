namespace Plenum.Evidence;

/// <summary>The kinds of file the evidence store reads; each has its own extractor.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text in UTF-8, UTF-16 (with a byte-order mark), Windows-1251, KOI8-R or Windows-1252.</summary>
    Text,

    /// <summary>Markdown: the text without markup, headings and paragraphs kept as paragraphs.</summary>
    Markdown,

    /// <summary>HTML: the visible text; scripts and styles dropped, block elements become paragraphs.</summary>
    Html,

    /// <summary>PDF with a text layer: the text of each page, pages separated by a form feed line.</summary>
    Pdf,
}

/// <summary>The names of the formats as stored and as typed on the command line.</summary>
public static class DocumentFormats
{
    /// <summary>The lower-case name stored in the <c>format</c> column: text, markdown, html or pdf.</summary>
    public static string Name(this DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => "markdown",
        DocumentFormat.Html => "html",
        DocumentFormat.Pdf => "pdf",
        _ => "text",
    };

    /// <summary>The format with this name (text, txt, markdown, md, html, htm, pdf), or null.</summary>
    public static DocumentFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "text" or "txt" or "plain" => DocumentFormat.Text,
        "markdown" or "md" => DocumentFormat.Markdown,
        "html" or "htm" => DocumentFormat.Html,
        "pdf" => DocumentFormat.Pdf,
        _ => null,
    };
}
