using System.Text;

namespace Plenum.Evidence.Extraction;

/// <summary>
/// Turns the bytes of a text, Markdown or HTML file into characters. A byte-order mark decides (UTF-8, UTF-16);
/// without one, bytes that are valid UTF-8 are UTF-8; otherwise one of the single-byte encodings common in the
/// sources (Windows-1251 and KOI8-R for Russian, Windows-1252 for Western European text) is chosen only when the
/// bytes leave no doubt, and the file is refused with the reason when they do.
/// </summary>
/// <remarks>
/// Why not a general charset detector: the sources are Russian, English, German and French; three single-byte
/// code pages cover what is not Unicode, and rules that can be stated (and tested) beat a statistical guess that
/// silently turns a Russian text into Greek. See docs/evidence/store.md.
/// </remarks>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The names accepted by <c>--encoding</c>.</summary>
    public static readonly IReadOnlyList<string> Supported = ["utf-8", "utf-16le", "utf-16be", "windows-1251", "koi8-r", "windows-1252"];

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="forced"/> (an encoding name) skips detection.</summary>
    /// <exception cref="EvidenceInputException">Binary data, or an encoding that cannot be told with confidence.</exception>
    public static DecodedText Decode(byte[] bytes, string fileName, string? forced = null, string? declared = null)
    {
        if (forced is not null) return DecodeAs(bytes, fileName, forced);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Strict(bytes, 3, fileName, "utf-8", StrictUtf8);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(bytes, 2, fileName, "utf-16le", new UnicodeEncoding(false, false, true));
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(bytes, 2, fileName, "utf-16be", new UnicodeEncoding(true, false, true));
        if (BinarySignatures.Identify(bytes) is { } what)
            throw new EvidenceInputException(EvidenceInputProblem.Binary, $"{fileName} is {what}, not a text document");
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        if (sample.IndexOf((byte)0) >= 0)
            throw new EvidenceInputException(EvidenceInputProblem.Binary, LooksLikeUtf16(sample)
                ? $"{fileName} looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark) and add it again"
                : $"{fileName} is binary data (it contains zero bytes), not a text document");
        if (IsValidUtf8(bytes, out var firstInvalid)) return new DecodedText(StrictUtf8.GetString(bytes), "utf-8");
        if (declared is not null && TryEncoding(declared) is { } declaredEncoding) return DecodeAs(bytes, fileName, declaredEncoding);
        var guessed = GuessSingleByte(bytes, fileName, firstInvalid);
        return new DecodedText(Encoding.GetEncoding(guessed).GetString(bytes), guessed);
    }

    private static DecodedText DecodeAs(byte[] bytes, string fileName, string name)
    {
        var canonical = TryEncoding(name) ?? throw new EvidenceInputException(EvidenceInputProblem.UnknownEncoding,
            $"'{name}' is not an encoding Plenum reads; use one of {string.Join(", ", Supported)}");
        return canonical switch
        {
            "utf-8" => Strict(bytes, bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0, fileName, canonical, StrictUtf8),
            "utf-16le" => Strict(bytes, bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? 2 : 0, fileName, canonical, new UnicodeEncoding(false, false, true)),
            "utf-16be" => Strict(bytes, bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? 2 : 0, fileName, canonical, new UnicodeEncoding(true, false, true)),
            _ => new DecodedText(Encoding.GetEncoding(canonical).GetString(bytes), canonical),
        };
    }

    /// <summary>The canonical name of a supported encoding (aliases such as cp1251, latin1 accepted), or null.</summary>
    internal static string? TryEncoding(string name) => name.Trim().ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" => "utf-8",
        "utf-16le" or "utf-16" or "utf16" or "unicode" => "utf-16le",
        "utf-16be" => "utf-16be",
        "windows-1251" or "cp1251" or "cp-1251" or "win-1251" => "windows-1251",
        "koi8-r" or "koi8r" or "koi8" => "koi8-r",
        "windows-1252" or "cp1252" or "cp-1252" or "latin1" or "iso-8859-1" or "latin-1" => "windows-1252",
        _ => null,
    };

    private static DecodedText Strict(byte[] bytes, int skip, string fileName, string name, Encoding encoding)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes, skip, bytes.Length - skip), name);
        }
        catch (DecoderFallbackException e)
        {
            throw new EvidenceInputException(EvidenceInputProblem.UnknownEncoding,
                $"{fileName} is not valid {name.ToUpperInvariant()} (bad bytes at offset {skip + (e.Index < 0 ? 0 : e.Index)}); check the file, or name its encoding with --encoding", e);
        }
    }

    private static bool IsValidUtf8(byte[] bytes, out int firstInvalid)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        firstInvalid = read;
        return status == System.Buffers.OperationStatus.Done;
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> sample)
    {
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        return pairs > 0 && Math.Max(evenZeros, oddZeros) > 0.4 * pairs && Math.Min(evenZeros, oddZeros) < 0.05 * pairs;
    }

    /// <summary>
    /// Chooses between Windows-1251, KOI8-R and Windows-1252 from the bytes above 0x7F, or refuses:
    /// <list type="bullet">
    /// <item>Cyrillic text has more high bytes than ASCII letters; Western text has a few accented letters among many ASCII ones.</item>
    /// <item>Inside a Cyrillic word letters are mostly lower case: 0xE0–0xFF in Windows-1251, 0xC0–0xDF in KOI8-R.</item>
    /// </list>
    /// </summary>
    private static string GuessSingleByte(byte[] bytes, string fileName, int firstInvalid)
    {
        long high = 0, asciiLetters = 0, midWordUpperHalf = 0, midWordLowerHalf = 0, undefined1252 = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z') asciiLetters++;
            if (b < 0x80) continue;
            high++;
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D) undefined1252++;
            if (b >= 0xC0 && i > 0 && bytes[i - 1] >= 0xC0)
            {
                if (b >= 0xE0) midWordUpperHalf++;
                else midWordLowerHalf++;
            }
        }
        var cyrillicShare = (double)high / Math.Max(1, high + asciiLetters);
        var midWord = midWordUpperHalf + midWordLowerHalf;
        if (cyrillicShare > 0.5 && midWord >= 8)
        {
            if (midWordUpperHalf > 4 * midWordLowerHalf) return "windows-1251";
            if (midWordLowerHalf > 4 * midWordUpperHalf) return "koi8-r";
        }
        else if (cyrillicShare < 0.2 && undefined1252 == 0 && midWord <= high / 2)
        {
            return "windows-1252";
        }
        throw new EvidenceInputException(EvidenceInputProblem.UnknownEncoding,
            $"cannot tell the encoding of {fileName}: it is not valid UTF-8 (bad byte 0x{bytes[firstInvalid]:X2} at offset {firstInvalid}), " +
            $"and it does not read clearly as Windows-1251, KOI8-R or Windows-1252; name it with --encoding ({string.Join(", ", Supported)})");
    }
}
