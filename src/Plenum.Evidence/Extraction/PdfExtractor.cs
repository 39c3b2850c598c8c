using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Plenum.Evidence.Extraction;

/// <summary>
/// PDF: the text layer of each page in reading order (PdfPig's content-order extractor), pages separated by a
/// line holding only a form feed (<c>\n\f\n</c>), with the offset where each page starts. Encrypted PDFs and
/// PDFs whose pages carry no text (scans) are refused: Plenum does not decrypt or run OCR.
/// </summary>
public sealed class PdfExtractor : ITextExtractor
{
    /// <summary>What separates two pages in the extracted text.</summary>
    public const string PageSeparator = "\n\f\n";

    public DocumentFormat Format => DocumentFormat.Pdf;

    public ExtractedText Extract(byte[] bytes, string fileName, ExtractionOptions options)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Encrypted(fileName, e);
        }
        catch (Exception e) when (e is not EvidenceInputException)
        {
            throw new EvidenceInputException(EvidenceInputProblem.Damaged, $"{fileName} cannot be read as a PDF ({e.Message}); check that the file is complete", e);
        }
        using (document)
        {
            if (document.IsEncrypted) throw Encrypted(fileName, null);
            var text = new System.Text.StringBuilder();
            var starts = new List<int>(document.NumberOfPages);
            var pagesWithText = 0;
            try
            {
                foreach (var page in document.GetPages())
                {
                    if (starts.Count > 0) text.Append(PageSeparator);
                    starts.Add(text.Length);
                    var (pageText, _) = TextNormaliser.Normalise(ContentOrderTextExtractor.GetText(page));
                    if (pageText.Any(char.IsLetterOrDigit)) pagesWithText++;
                    text.Append(pageText);
                }
            }
            catch (PdfDocumentEncryptedException e)
            {
                throw Encrypted(fileName, e);
            }
            catch (Exception e) when (e is not EvidenceInputException)
            {
                throw new EvidenceInputException(EvidenceInputProblem.Damaged, $"{fileName}: page {starts.Count} cannot be read ({e.Message}); check that the file is complete", e);
            }
            if (pagesWithText == 0)
                throw new EvidenceInputException(EvidenceInputProblem.NoTextLayer,
                    $"{fileName} has {Pages(starts.Count)} but no text layer (a scan or images only); run OCR on it first (for example ocrmypdf) and add the result");
            var title = document.Information.Title is { Length: > 0 } t && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;
            return new ExtractedText(text.ToString(), Format, null, title, EndTrimmed(text, starts));
        }
    }

    /// <summary>
    /// Cuts the white space at the end (the last pages may hold no text, leaving only separators) as every
    /// extractor's text is cut, so that page starts stay inside the text: an empty last page starts at its end.
    /// </summary>
    private static List<int> EndTrimmed(System.Text.StringBuilder text, List<int> starts)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        text.Length = end;
        for (var i = 0; i < starts.Count; i++) starts[i] = Math.Min(starts[i], end);
        return starts;
    }

    private static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";

    private static EvidenceInputException Encrypted(string fileName, Exception? inner) =>
        new(EvidenceInputProblem.EncryptedPdf,
            $"{fileName} is an encrypted PDF; Plenum does not read encrypted PDFs: save a decrypted copy (for example qpdf --decrypt in.pdf out.pdf) and add that", inner);
}
