namespace Plenum.Evidence.Extraction;

/// <summary>Reads one format: bytes in, the document's text out (not yet normalised), or a precise refusal.</summary>
public interface ITextExtractor
{
    /// <summary>The format this extractor reads.</summary>
    DocumentFormat Format { get; }

    /// <summary>The text of the document in <paramref name="bytes"/>; <paramref name="fileName"/> is for messages.</summary>
    /// <exception cref="EvidenceInputException">The bytes are not a readable document of this format.</exception>
    ExtractedText Extract(byte[] bytes, string fileName, ExtractionOptions options);
}
