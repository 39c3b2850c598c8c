namespace Plenum.Storage.Backups;

/// <summary>
/// The sizes an import accepts, checked before and while reading, so a hostile archive (a "zip bomb", a line
/// without end) fails with a message instead of filling memory or disk.
/// </summary>
public static class BackupLimits
{
    /// <summary>The manifest: a few hundred bytes per table.</summary>
    public const int ManifestBytes = 1 << 20;

    /// <summary>
    /// One row, as one line of JSON: room for an evidence document at its limit of 64 MiB (original bytes in
    /// base64 and the extracted text, escaped) with margin. A row is the unit held in memory while importing.
    /// </summary>
    public const int RowBytes = 512 << 20;

    /// <summary>All table entries together, uncompressed.</summary>
    public const long ArchiveBytes = 64L << 30;

    /// <summary>Entries in the archive: one per table and the manifest.</summary>
    public const int Entries = 256;
}
