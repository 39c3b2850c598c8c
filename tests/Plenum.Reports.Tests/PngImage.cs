using System.Buffers.Binary;
using SkiaSharp;

namespace Plenum.Reports.Tests;

/// <summary>Reads what a test needs from a PNG file: its header size, and how many colours it really uses.</summary>
internal static class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, after checking the signature and the chunk's name.</summary>
    public static (int Width, int Height) HeaderSize(byte[] png)
    {
        Assert.True(png.Length > 33, "file too short for a PNG");
        Assert.Equal(Signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Number of distinct colours in the decoded image (a blank or failed render has one or two).</summary>
    public static int DistinctColours(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        return bitmap.Pixels.Select(p => (uint)p).Distinct().Count();
    }

    /// <summary>Share of pixels that are not white: ink on the page.</summary>
    public static double InkShare(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var pixels = bitmap.Pixels;
        return pixels.Count(p => p.Red < 250 || p.Green < 250 || p.Blue < 250) / (double)pixels.Length;
    }
}
