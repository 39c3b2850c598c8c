using System.Text;

namespace Plenum.Fuzz;

/// <summary>Turns fuzzer bytes into the text a parser sees, the way the CLI reads a file.</summary>
public static class Inputs
{
    /// <summary>Largest input passed on; AFL's mutations grow files, and the parsers' own size limit is far above this.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Decodes UTF-8 with replacement characters, as <c>File.ReadAllText</c> does for the importers.</summary>
    public static string Decode(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, MaxBytes));
        return Encoding.UTF8.GetString(bytes);
    }
}
