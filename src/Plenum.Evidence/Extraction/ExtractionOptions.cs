namespace Plenum.Evidence.Extraction;

/// <summary>What the user may tell the extractors instead of letting them guess.</summary>
/// <param name="Format">Read the file as this format, whatever its name or content suggests.</param>
/// <param name="Encoding">Read a text, Markdown or HTML file in this encoding (see <c>--encoding</c>).</param>
public sealed record ExtractionOptions(DocumentFormat? Format = null, string? Encoding = null)
{
    /// <summary>Guess both the format and the encoding.</summary>
    public static readonly ExtractionOptions Default = new();
}
