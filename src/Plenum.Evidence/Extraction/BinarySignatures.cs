namespace Plenum.Evidence.Extraction;

/// <summary>
/// The first bytes of common binary files, so a refused file is named for what it is ("a PNG image") rather than
/// reported as text with a broken encoding.
/// </summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, string What)[] Known =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([(byte)'I', (byte)'I', 0x2A, 0x00], "a TIFF image"),
        ([(byte)'M', (byte)'M', 0x00, 0x2A], "a TIFF image"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive (Word .docx, OpenDocument and EPUB files are ZIP archives; save the document as PDF, HTML or text first)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Microsoft Office file (.doc, .xls); save it as PDF, HTML or text first"),
        ([0x1F, 0x8B], "a gzip archive; unpack it first"),
        ("7z"u8.ToArray().Concat(new byte[] { 0xBC, 0xAF }).ToArray(), "a 7-Zip archive; unpack it first"),
        ("Rar!"u8.ToArray(), "a RAR archive; unpack it first"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable (ELF)"),
        ("SQLite format 3\0"u8.ToArray(), "an SQLite database"),
        (@"{\rtf"u8.ToArray(), "an RTF file; save it as PDF, HTML or text first"),
        ("ID3"u8.ToArray(), "an MP3 audio file"),
        ("RIFF"u8.ToArray(), "a RIFF media file (WAV, AVI, WebP)"),
        ("OggS"u8.ToArray(), "an Ogg media file"),
        ([0x00, 0x00, 0x00], "binary data"),
    ];

    /// <summary>What the file is, when its first bytes say it is binary; null otherwise.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, what) in Known)
            if (bytes.StartsWith(magic)) return what;
        return null;
    }

    /// <summary>True when the file starts with the PDF header (within its first kilobyte, as readers allow).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;
}
