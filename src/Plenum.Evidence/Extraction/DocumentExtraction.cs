namespace Plenum.Evidence.Extraction;

/// <summary>
/// Chooses the extractor for a file and applies the checks every format shares: the size limit, binary data,
/// emptiness, and the normalisation of the text whose offsets the store keeps.
/// </summary>
public static class DocumentExtraction
{
    private static readonly ITextExtractor Text = new PlainTextExtractor();
    private static readonly ITextExtractor Markdown = new MarkdownExtractor();
    private static readonly ITextExtractor Html = new HtmlExtractor();
    private static readonly ITextExtractor Pdf = new PdfExtractor();

    /// <summary>The version of the extractors, stored with each document so that text extracted by older code can be told apart.</summary>
    public const string Version = "1";

    /// <summary>The text of the file; <paramref name="fileName"/> picks the format by its extension and names the file in messages.</summary>
    /// <exception cref="EvidenceInputException">The file is empty, too large, binary, encrypted, a scan, or in an encoding that cannot be told.</exception>
    public static ExtractedText Extract(byte[] bytes, string fileName, ExtractionOptions? options = null)
    {
        options ??= ExtractionOptions.Default;
        if (bytes.LongLength == 0)
            throw new EvidenceInputException(EvidenceInputProblem.Empty, $"{fileName} is empty (0 bytes); nothing to add");
        if (bytes.LongLength > ExtractionLimits.MaxBytes)
            throw new EvidenceInputException(EvidenceInputProblem.TooLarge,
                $"{fileName} is {bytes.LongLength / (1024.0 * 1024):0.0} MiB; the limit is {ExtractionLimits.MaxBytes / (1024 * 1024)} MiB per file; split it into parts and add each");
        var format = options.Format ?? Detect(bytes, fileName);
        var extracted = ExtractorFor(format).Extract(bytes, fileName, options);
        var (text, dropped) = TextNormaliser.Normalise(extracted.Text);
        if (dropped > ExtractionLimits.MaxControlShare * Math.Max(1, extracted.Text.Length) && dropped > 2)
            throw new EvidenceInputException(EvidenceInputProblem.Binary,
                $"{fileName} is binary data, not a text document ({dropped} control characters in {extracted.Text.Length})");
        if (!text.Any(char.IsLetterOrDigit))
            throw new EvidenceInputException(EvidenceInputProblem.Empty, $"{fileName} holds no text (only white space or markup); nothing to add");
        return extracted with { Text = text };
    }

    /// <summary>The format of a file: PDF by its header, else by its extension, else HTML when it starts like HTML, else plain text.</summary>
    public static DocumentFormat Detect(byte[] bytes, string fileName)
    {
        if (BinarySignatures.IsPdf(bytes)) return DocumentFormat.Pdf;
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".md" or ".markdown" or ".mdown" or ".mkd":
                return DocumentFormat.Markdown;
            case ".html" or ".htm" or ".xhtml":
                return DocumentFormat.Html;
            case ".pdf":
                return DocumentFormat.Pdf;
        }
        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', '?', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Html
            : DocumentFormat.Text;
    }

    private static ITextExtractor ExtractorFor(DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => Markdown,
        DocumentFormat.Html => Html,
        DocumentFormat.Pdf => Pdf,
        _ => Text,
    };
}
