using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Plenum.Evidence.Extraction;

/// <summary>
/// Markdown (CommonMark): the text a reader sees, without markup. Headings, paragraphs, list items, quotations
/// and code blocks become paragraphs; emphasis and links keep their text; a line break inside a paragraph stays a
/// line break (as in plain text); raw HTML and images are dropped.
/// </summary>
public sealed class MarkdownExtractor : ITextExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public DocumentFormat Format => DocumentFormat.Markdown;

    public ExtractedText Extract(byte[] bytes, string fileName, ExtractionOptions options)
    {
        var decoded = TextDecoder.Decode(bytes, fileName, options.Encoding);
        var document = Markdown.Parse(decoded.Text, Pipeline);
        var writer = new ParagraphWriter();
        string? title = null;
        foreach (var block in document) WriteBlock(block, writer, ref title);
        return new ExtractedText(writer.ToString(), Format, decoded.Encoding, title, []);
    }

    private static void WriteBlock(Block block, ParagraphWriter writer, ref string? title)
    {
        switch (block)
        {
            case HeadingBlock heading:
                writer.Paragraph();
                var headingWriter = new ParagraphWriter();
                WriteInlines(heading.Inline, headingWriter);
                var headingText = headingWriter.ToString();
                title ??= headingText.Length > 0 ? headingText : null;
                WriteInlines(heading.Inline, writer);
                writer.Paragraph();
                break;
            case CodeBlock code:
                writer.Paragraph();
                // Markdig leaves the line array null for a fence with no line (found by fuzzing).
                if (code.Lines.Lines is { } lines) writer.Verbatim(string.Join("\n", lines.Take(code.Lines.Count).Select(l => l.ToString())));
                writer.Paragraph();
                break;
            case HtmlBlock or ThematicBreakBlock:
                writer.Paragraph();
                break;
            case LeafBlock leaf:
                writer.Paragraph();
                WriteInlines(leaf.Inline, writer);
                writer.Paragraph();
                break;
            case ContainerBlock container:
                writer.Paragraph();
                foreach (var child in container) WriteBlock(child, writer, ref title);
                writer.Paragraph();
                break;
        }
    }

    private static void WriteInlines(ContainerInline? inlines, ParagraphWriter writer)
    {
        if (inlines is null) return;
        foreach (var inline in inlines) WriteInline(inline, writer);
    }

    private static void WriteInline(Inline inline, ParagraphWriter writer)
    {
        switch (inline)
        {
            case LiteralInline literal:
                writer.Verbatim(literal.Content.ToString());
                break;
            case CodeInline code:
                writer.Verbatim(code.Content);
                break;
            case LineBreakInline:
                writer.Verbatim("\n");
                break;
            case HtmlEntityInline entity:
                writer.Verbatim(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                writer.Verbatim(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container) WriteInline(child, writer);
                break;
        }
    }
}
