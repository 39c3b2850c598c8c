using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Plenum.Evidence.Extraction;

/// <summary>
/// HTML: the text a browser shows. Scripts, styles, templates, forms' option lists and hidden elements are
/// dropped; block elements (paragraphs, headings, list items, table rows, divisions…) become paragraphs, <c>br</c>
/// a line break, table cells are separated by tabs; white space is collapsed as a browser does, except in <c>pre</c>.
/// </summary>
public sealed partial class HtmlExtractor : ITextExtractor
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "canvas", "svg", "math", "select", "datalist", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "legend",
    };

    public DocumentFormat Format => DocumentFormat.Html;

    public ExtractedText Extract(byte[] bytes, string fileName, ExtractionOptions options)
    {
        var decoded = TextDecoder.Decode(bytes, fileName, options.Encoding, DeclaredCharset(bytes));
        var document = new HtmlParser().ParseDocument(decoded.Text);
        var writer = new ParagraphWriter();
        if (document.Body is { } body) Walk(body, writer, preformatted: false);
        var title = document.Title is { Length: > 0 } t ? WhiteSpace().Replace(t, " ").Trim() : null;
        return new ExtractedText(writer.ToString(), Format, decoded.Encoding, string.IsNullOrEmpty(title) ? null : title, []);
    }

    private static void Walk(INode node, ParagraphWriter writer, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when preformatted:
                    writer.Verbatim(text.Data);
                    break;
                case IText text:
                    writer.Running(text.Data);
                    break;
                case IElement element:
                    WriteElement(element, writer, preformatted);
                    break;
            }
        }
    }

    private static void WriteElement(IElement element, ParagraphWriter writer, bool preformatted)
    {
        var name = element.LocalName;
        if (Dropped.Contains(name) || IsHidden(element)) return;
        if (name == "br")
        {
            writer.Line();
            return;
        }
        if (name is "td" or "th")
        {
            writer.Cell();
            Walk(element, writer, preformatted);
            return;
        }
        var block = Blocks.Contains(name);
        if (block) writer.Paragraph();
        Walk(element, writer, preformatted || name == "pre");
        if (block) writer.Paragraph();
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("style") is { } style && DisplayNone().IsMatch(style))
        || (element.LocalName == "input");

    /// <summary>The charset a <c>meta</c> element declares in the first 4 KB, read as ASCII; used only when the bytes are not UTF-8.</summary>
    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = Charset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]*charset\s*=\s*[""']?([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    [GeneratedRegex(@"display\s*:\s*none", RegexOptions.IgnoreCase)]
    private static partial Regex DisplayNone();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
