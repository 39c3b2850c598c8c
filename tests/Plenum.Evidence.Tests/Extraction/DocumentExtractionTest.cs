using System.Text;
using Plenum.Evidence.Extraction;

namespace Plenum.Evidence.Tests.Extraction;

public sealed class DocumentExtractionTest
{
    private const string Russian = "Бухарин сказал: «Я больше не пойду на пленум!»\nКаменев спросил, будет ли это платформой.\nЗиновьев молчал; Сталин ответил коротко и ясно.";

    private static ExtractedText Extract(string fixture, ExtractionOptions? options = null) => DocumentExtraction.Extract(Fixture.Bytes(fixture), fixture, options);

    private static EvidenceInputException Refused(byte[] bytes, string name, ExtractionOptions? options = null) =>
        Assert.Throws<EvidenceInputException>(() => DocumentExtraction.Extract(bytes, name, options));

    [Fact]
    public void Extract_Markdown_TextWithoutMarkupParagraphsKept()
    {
        var text = Extract("plenum.md");

        Assert.Equal(DocumentFormat.Markdown, text.Format);
        Assert.Equal("utf-8", text.Encoding);
        Assert.Equal("The April Plenum", text.Title);
        Assert.Equal("The April Plenum\n\nKamenev asked: \"But that would be a platform?\"\n\n" +
                     "Bukharin replied, with some heat, that he\ndid not go to the Plenum again.\n\n" +
                     "first item\n\nsecond item with code\n\nA quoted block\nover two lines.\n\nfenced code kept", text.Text);
        Assert.Empty(text.PageStarts);
    }

    [Fact]
    public void Extract_MarkdownFenceWithoutLines_TextOfTheRestKept()
    {
        var text = Extract("fuzz-markdown-code-block.md");

        Assert.Equal(DocumentFormat.Markdown, text.Format);
        Assert.Contains("Bukharin said:", text.Text, StringComparison.Ordinal);
        Assert.Contains("Kamenev answered", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Html_VisibleTextOnlyBlocksBecomeParagraphs()
    {
        var text = Extract("militant.html");

        Assert.Equal(DocumentFormat.Html, text.Format);
        Assert.Equal("The Militant – 1929", text.Title);
        Assert.Equal("Home\n\nStalin's Dictatorship\n\nBukharin said: \"I did not go to the Plenum again!\"\n\n" +
                     "Second paragraph with bold and italic text.\nAfter a break.\n\nOne\n\nTwo\n\nRykov\tTomsky", text.Text);
        Assert.DoesNotContain("never shown", text.Text);
        Assert.DoesNotContain("invisible", text.Text);
        Assert.DoesNotContain("color", text.Text);
        Assert.DoesNotContain("enable scripts", text.Text);
    }

    [Fact]
    public void Extract_HtmlWithoutExtension_RecognisedByItsStart()
    {
        var text = DocumentExtraction.Extract(Fixture.Bytes("militant.html"), "page.txt");

        Assert.Equal(DocumentFormat.Html, text.Format);
    }

    [Fact]
    public void Extract_TwoPagePdf_PagesSeparatedByAFormFeedLine()
    {
        var text = Extract("two-pages.pdf");

        Assert.Equal(DocumentFormat.Pdf, text.Format);
        Assert.Null(text.Encoding);
        Assert.Equal("Minutes of the joint session", text.Title);
        Assert.Equal("Page one: Kamenev asked whether this was a platform.\nBukharin answered that he did not go to the Plenum again." +
                     "\n\f\nPage two: the commission closed its work.", text.Text);
        Assert.Equal([0, 113], text.PageStarts);
        Assert.StartsWith("Page two", text.Text[text.PageStarts[1]..]);
    }

    [Fact]
    public void Extract_PdfWhoseLastPageHasNoText_PageStartsInsideTheText()
    {
        var text = Extract("fuzz-pdf-empty-last-page.pdf");

        Assert.Equal(DocumentFormat.Pdf, text.Format);
        Assert.Equal(2, text.PageStarts.Count);
        Assert.Equal(0, text.PageStarts[0]);
        // The empty second page starts where the text ends, not after the separator that the trim removed.
        Assert.Equal(text.Text.Length, text.PageStarts[1]);
        Assert.False(char.IsWhiteSpace(text.Text[^1]));
    }

    [Theory]
    [InlineData("russian-utf8.txt", "utf-8")]
    [InlineData("russian-cp1251.txt", "windows-1251")]
    [InlineData("russian-utf16.txt", "utf-16le")]
    public void Extract_RussianText_DecodedInItsEncoding(string fixture, string encoding)
    {
        var text = Extract(fixture);

        Assert.Equal(DocumentFormat.Text, text.Format);
        Assert.Equal(encoding, text.Encoding);
        Assert.Equal(Russian, text.Text);
    }

    [Fact]
    public void Extract_Koi8R_DecodedAsKoi8R()
    {
        var text = Extract("russian-koi8r.txt");

        Assert.Equal("koi8-r", text.Encoding);
        Assert.Equal(Russian.Replace('«', '"').Replace('»', '"'), text.Text);
    }

    [Fact]
    public void Extract_Windows1252_DecodedWithAccents()
    {
        var text = Extract("french-cp1252.txt");

        Assert.Equal("windows-1252", text.Encoding);
        Assert.Equal("Boukharine déclara qu'il ne retournerait plus au plénum. Kamenev demanda si c'était une plate-forme; Zinoviev se tut. Ordjonikidzé répondit.", text.Text);
    }

    [Fact]
    public void Extract_EncodingGiven_OverridesDetection()
    {
        var text = Extract("russian-cp1251.txt", new ExtractionOptions(Encoding: "cp1251"));

        Assert.Equal("windows-1251", text.Encoding);
        Assert.Equal(Russian, text.Text);
    }

    [Fact]
    public void Extract_CrLfLineEnds_BecomeLineFeeds()
    {
        var text = DocumentExtraction.Extract("one\r\ntwo\rthree\n\n"u8.ToArray(), "a.txt");

        Assert.Equal("one\ntwo\nthree", text.Text);
    }

    [Theory]
    [InlineData("encrypted.pdf")]
    [InlineData("encrypted-owner-only.pdf")]
    public void Extract_EncryptedPdf_RefusedWithHowToDecrypt(string fixture)
    {
        var e = Refused(Fixture.Bytes(fixture), fixture);

        Assert.Equal(EvidenceInputProblem.EncryptedPdf, e.Problem);
        Assert.Equal($"{fixture} is an encrypted PDF; Plenum does not read encrypted PDFs: save a decrypted copy " +
                     "(for example qpdf --decrypt in.pdf out.pdf) and add that", e.Message);
    }

    [Fact]
    public void Extract_ImageOnlyPdf_RefusedAsHavingNoTextLayer()
    {
        var e = Refused(Fixture.Bytes("scan-only.pdf"), "scan-only.pdf");

        Assert.Equal(EvidenceInputProblem.NoTextLayer, e.Problem);
        Assert.Equal("scan-only.pdf has 1 page but no text layer (a scan or images only); run OCR on it first (for example ocrmypdf) and add the result", e.Message);
    }

    [Fact]
    public void Extract_DamagedPdf_RefusedAsDamaged()
    {
        var e = Refused("%PDF-1.7\nthis is not really a PDF at all\n"u8.ToArray(), "broken.pdf");

        Assert.Equal(EvidenceInputProblem.Damaged, e.Problem);
        Assert.StartsWith("broken.pdf cannot be read as a PDF (", e.Message);
    }

    [Fact]
    public void Extract_PngImage_RefusedNamingWhatItIs()
    {
        var e = Refused(Fixture.Bytes("image.png"), "photo.txt");

        Assert.Equal(EvidenceInputProblem.Binary, e.Problem);
        Assert.Equal("photo.txt is a PNG image, not a text document", e.Message);
    }

    [Fact]
    public void Extract_ZipArchive_RefusedWithAdvice()
    {
        var e = Refused([(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0], "minutes.docx");

        Assert.Equal(EvidenceInputProblem.Binary, e.Problem);
        Assert.StartsWith("minutes.docx is a ZIP archive (Word .docx", e.Message);
    }

    [Fact]
    public void Extract_BytesWithZeros_RefusedAsBinary()
    {
        var bytes = Encoding.ASCII.GetBytes("header").Concat(new byte[] { 0, 1, 2, 0, 250, 0 }).ToArray();

        var e = Refused(bytes, "data.bin");

        Assert.Equal(EvidenceInputProblem.Binary, e.Problem);
        Assert.Equal("data.bin is binary data (it contains zero bytes), not a text document", e.Message);
    }

    [Fact]
    public void Extract_Utf16WithoutByteOrderMark_RefusedWithAdvice()
    {
        var e = Refused(Encoding.Unicode.GetBytes("Kamenev asked whether this was a platform."), "no-bom.txt");

        Assert.Equal(EvidenceInputProblem.Binary, e.Problem);
        Assert.Equal("no-bom.txt looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark) and add it again", e.Message);
    }

    [Fact]
    public void Extract_ManyControlCharacters_RefusedAsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x07 : 'a')).ToArray();

        var e = Refused(bytes, "bell.txt");

        Assert.Equal(EvidenceInputProblem.Binary, e.Problem);
        Assert.Equal("bell.txt is binary data, not a text document (134 control characters in 400)", e.Message);
    }

    [Fact]
    public void Extract_EncodingThatCannotBeTold_RefusedNamingTheFirstBadByte()
    {
        // Half Cyrillic-looking high bytes, half ASCII letters, no lower-case pattern: neither clearly Russian nor Western.
        var bytes = Encoding.ASCII.GetBytes("abc ").Concat(new byte[] { 0xC3, 0xE4, 0x20, 0xD5, 0x20, 0xF0, 0x20 }).Concat(Encoding.ASCII.GetBytes("de fg")).ToArray();

        var e = Refused(bytes, "odd.txt");

        Assert.Equal(EvidenceInputProblem.UnknownEncoding, e.Problem);
        Assert.Equal("cannot tell the encoding of odd.txt: it is not valid UTF-8 (bad byte 0xC3 at offset 4), and it does not read clearly as " +
                     "Windows-1251, KOI8-R or Windows-1252; name it with --encoding (utf-8, utf-16le, utf-16be, windows-1251, koi8-r, windows-1252)", e.Message);
    }

    [Fact]
    public void Extract_UnknownEncodingName_Refused()
    {
        var e = Refused("text"u8.ToArray(), "a.txt", new ExtractionOptions(Encoding: "ebcdic"));

        Assert.Equal(EvidenceInputProblem.UnknownEncoding, e.Problem);
        Assert.Equal("'ebcdic' is not an encoding Plenum reads; use one of utf-8, utf-16le, utf-16be, windows-1251, koi8-r, windows-1252", e.Message);
    }

    [Fact]
    public void Extract_Utf8BomWithInvalidBytes_RefusedNamingTheOffset()
    {
        var e = Refused([0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, (byte)'b'], "bad.txt");

        Assert.Equal(EvidenceInputProblem.UnknownEncoding, e.Problem);
        Assert.Equal("bad.txt is not valid UTF-8 (bad bytes at offset 4); check the file, or name its encoding with --encoding", e.Message);
    }

    [Fact]
    public void Extract_EmptyFile_Refused()
    {
        var e = Refused([], "empty.txt");

        Assert.Equal(EvidenceInputProblem.Empty, e.Problem);
        Assert.Equal("empty.txt is empty (0 bytes); nothing to add", e.Message);
    }

    [Theory]
    [InlineData("blank.txt", " \n\t \r\n ")]
    [InlineData("blank.md", "# \n\n---\n\n<div></div>\n")]
    [InlineData("blank.html", "<html><head><title>x</title><script>var a = 1;</script></head><body> </body></html>")]
    public void Extract_OnlyWhiteSpaceOrMarkup_RefusedAsEmpty(string name, string content)
    {
        var e = Refused(Encoding.UTF8.GetBytes(content), name);

        Assert.Equal(EvidenceInputProblem.Empty, e.Problem);
        Assert.Equal($"{name} holds no text (only white space or markup); nothing to add", e.Message);
    }

    [Fact]
    public void Extract_FileOverTheLimit_RefusedWithTheLimit()
    {
        var bytes = new byte[ExtractionLimits.MaxBytes + 1];

        var e = Refused(bytes, "huge.txt");

        Assert.Equal(EvidenceInputProblem.TooLarge, e.Problem);
        Assert.Equal("huge.txt is 64.0 MiB; the limit is 64 MiB per file; split it into parts and add each", e.Message);
    }
}
