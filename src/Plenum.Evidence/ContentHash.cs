using System.Security.Cryptography;

namespace Plenum.Evidence;

/// <summary>SHA-256 of a file's original bytes, lower-case hex: the same file added twice is found by it and stored once.</summary>
public static class ContentHash
{
    /// <summary>The hash of <paramref name="bytes"/>, 64 lower-case hex digits.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The document id for a content hash: <c>doc-</c> and its first 16 hex digits. Derived from the bytes, so the same
    /// file has the same id in every store, and a scenario's citations stay valid when the documents are re-added elsewhere.
    /// </summary>
    public static string DocumentId(string contentHash)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(contentHash.Length, 16, nameof(contentHash));
        return "doc-" + contentHash[..16];
    }
}
