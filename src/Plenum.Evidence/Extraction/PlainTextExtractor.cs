namespace Plenum.Evidence.Extraction;

/// <summary>Plain text: the decoded characters as they are (line ends normalised later).</summary>
public sealed class PlainTextExtractor : ITextExtractor
{
    public DocumentFormat Format => DocumentFormat.Text;

    public ExtractedText Extract(byte[] bytes, string fileName, ExtractionOptions options)
    {
        var decoded = TextDecoder.Decode(bytes, fileName, options.Encoding);
        return new ExtractedText(decoded.Text, Format, decoded.Encoding, null, []);
    }
}
