using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plenum.Storage.Backups;

/// <summary>
/// <c>manifest.json</c>, the last entry of a backup archive: what wrote it, the workspace, and for every table
/// its entry, columns, row count, byte length and SHA-256, plus a SHA-256 over all entries together.
/// </summary>
internal sealed record BackupManifest
{
    /// <summary>The value of <see cref="Format"/> in every Plenum workspace backup.</summary>
    public const string FormatName = "plenum-workspace-backup";

    /// <summary>The archive layout this Plenum writes; it reads this version and older ones.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The name of the manifest entry.</summary>
    public const string EntryName = "manifest.json";

    public required string Format { get; init; }
    public required int FormatVersion { get; init; }
    public required string PlenumVersion { get; init; }
    public required string CreatedAt { get; init; }

    /// <summary>The schema version of the store the backup was made from; a store must know it to import.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary><c>sqlite</c> or <c>postgres</c>, for information only.</summary>
    public required string Backend { get; init; }

    public required string Workspace { get; init; }
    public required IReadOnlyList<BackupEntry> Tables { get; init; }

    /// <summary>SHA-256 of the bytes of every table entry, one after the other in <see cref="Tables"/> order.</summary>
    public required string ContentSha256 { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Reads a manifest; null when the bytes are not one.</summary>
    public static BackupManifest? FromJson(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One table in a backup: a JSON Lines entry, one row per line as an array in <see cref="Columns"/> order.</summary>
/// <param name="MinKey">The smallest key in the entry (null for tables without a key or without rows); import shifts keys from it.</param>
internal sealed record BackupEntry(string Table, string Entry, IReadOnlyList<string> Columns, long Rows, long Bytes, string Sha256, long? MinKey, long? MaxKey);
