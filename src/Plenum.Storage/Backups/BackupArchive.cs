using System.IO.Compression;
using System.Security.Cryptography;

namespace Plenum.Storage.Backups;

/// <summary>
/// An archive opened for import: the ZIP directory read, the manifest checked against what this Plenum and the
/// store accept, and every entry checked against the manifest (length, rows, SHA-256, content hash) before
/// anything is written. Refusals name the file and what is wrong.
/// </summary>
internal sealed class BackupArchive : IDisposable
{
    private readonly ZipArchive _zip;

    private BackupArchive(ZipArchive zip, string name, BackupManifest manifest)
    {
        _zip = zip;
        Name = name;
        Manifest = manifest;
    }

    /// <summary>The file name for messages.</summary>
    public string Name { get; }

    public BackupManifest Manifest { get; }

    /// <summary>Opens and checks the manifest of <paramref name="stream"/> (seekable); <paramref name="latestSchema"/> is the store's.</summary>
    public static BackupArchive Open(Stream stream, string name, int latestSchema)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new BackupRefusedException($"{name} is not a complete Plenum backup: it is truncated or not a ZIP archive ({e.Message.TrimEnd('.')}); nothing was imported", e);
        }
        try
        {
            var manifest = ReadManifest(zip, name, latestSchema);
            CheckEntries(zip, manifest, name);
            return new BackupArchive(zip, name, manifest);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>Reads every entry once, comparing it with the manifest; writes nothing.</summary>
    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        using var content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in Manifest.Tables)
            await ReadAsync(entry, content, null, cancellationToken).ConfigureAwait(false);
        CheckContent(content);
    }

    /// <summary>Streams one entry's rows to <paramref name="onRow"/>, checking it as <see cref="VerifyAsync"/> does.</summary>
    public async Task ReadAsync(BackupEntry entry, IncrementalHash content, Func<ReadOnlyMemory<byte>, long, Task>? onRow, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = _zip.GetEntry(entry.Entry)!.Open();
            await EntryReader.ReadAsync(stream, entry, content, Name, onRow, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw EntryReader.Damaged(Name, $"{entry.Entry} cannot be decompressed ({e.Message.TrimEnd('.')})");
        }
    }

    /// <summary>Compares the hash of all entries read with the manifest's.</summary>
    public void CheckContent(IncrementalHash content)
    {
        var sha = Convert.ToHexStringLower(content.GetHashAndReset());
        if (sha != Manifest.ContentSha256)
            throw EntryReader.Damaged(Name, $"its content has SHA-256 {sha}, the manifest says {Manifest.ContentSha256}");
    }

    public void Dispose() => _zip.Dispose();

    private static BackupManifest ReadManifest(ZipArchive zip, string name, int latestSchema)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName)
            ?? throw new BackupRefusedException($"{name} is not a Plenum workspace backup: it has no {BackupManifest.EntryName}; nothing was imported");
        if (entry.Length > BackupLimits.ManifestBytes)
            throw EntryReader.Damaged(name, $"its manifest has {entry.Length} bytes, more than the {BackupLimits.ManifestBytes} a manifest may have");
        var bytes = new byte[entry.Length];
        try
        {
            using var stream = entry.Open();
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw EntryReader.Damaged(name, $"its manifest cannot be read ({e.Message.TrimEnd('.')})");
        }
        var manifest = BackupManifest.FromJson(bytes);
        if (manifest is null || manifest.Format != BackupManifest.FormatName || manifest.Tables is null)
            throw new BackupRefusedException($"{name} is not a Plenum workspace backup: its {BackupManifest.EntryName} is not one; nothing was imported");
        if (manifest.FormatVersion > BackupManifest.CurrentFormatVersion)
            throw new BackupRefusedException($"{name} was written by Plenum {manifest.PlenumVersion} in backup format {manifest.FormatVersion}; " +
                $"this Plenum reads formats up to {BackupManifest.CurrentFormatVersion}; upgrade Plenum to import it; nothing was imported");
        if (manifest.FormatVersion < 1) throw EntryReader.Damaged(name, $"backup format {manifest.FormatVersion} does not exist");
        if (manifest.SchemaVersion > latestSchema)
            throw new BackupRefusedException($"{name} comes from a store at schema version {manifest.SchemaVersion} (Plenum {manifest.PlenumVersion}); " +
                $"this Plenum knows versions up to {latestSchema}; upgrade Plenum to import it; nothing was imported");
        CheckTables(manifest, name);
        return manifest;
    }

    private static void CheckTables(BackupManifest manifest, string name)
    {
        var last = -1;
        long total = 0;
        foreach (var entry in manifest.Tables)
        {
            var position = BackupTables.All.ToList().FindIndex(t => t.Name == entry.Table);
            if (position < 0) throw EntryReader.Damaged(name, $"its manifest lists a table '{entry.Table}' that Plenum does not back up");
            if (position <= last) throw EntryReader.Damaged(name, $"its manifest lists the table {entry.Table} out of order or twice");
            last = position;
            if (entry.Entry != $"tables/{entry.Table}.jsonl" || entry.Columns is null || entry.Columns.Count == 0 || entry.Rows < 0 || entry.Bytes < 0
                || entry.Sha256 is null || entry.Sha256.Length != 64)
                throw EntryReader.Damaged(name, $"its manifest entry for {entry.Table} is incomplete");
            total += entry.Bytes;
        }
        if (manifest.Tables.Count == 0 || manifest.Tables[0].Table != BackupTables.All[0].Name || manifest.Tables[0].Rows != 1)
            throw EntryReader.Damaged(name, "its manifest does not begin with the one workspace row");
        if (total > BackupLimits.ArchiveBytes)
            throw new BackupRefusedException($"{name} holds {total} bytes of tables, more than the {BackupLimits.ArchiveBytes >> 30} GiB an import accepts; nothing was imported");
    }

    private static void CheckEntries(ZipArchive zip, BackupManifest manifest, string name)
    {
        if (zip.Entries.Count > BackupLimits.Entries) throw EntryReader.Damaged(name, $"it has {zip.Entries.Count} entries");
        var expected = manifest.Tables.ToDictionary(t => t.Entry, t => t.Bytes);
        var seen = new HashSet<string>();
        foreach (var entry in zip.Entries)
        {
            if (!seen.Add(entry.FullName)) throw EntryReader.Damaged(name, $"it holds {entry.FullName} twice");
            if (entry.FullName == BackupManifest.EntryName) continue;
            if (!expected.TryGetValue(entry.FullName, out var bytes)) throw EntryReader.Damaged(name, $"it holds {entry.FullName}, which its manifest does not list");
            if (entry.Length != bytes) throw EntryReader.Damaged(name, $"{entry.FullName} has {entry.Length} bytes, its manifest says {bytes}");
        }
        var missing = expected.Keys.FirstOrDefault(e => !seen.Contains(e));
        if (missing is not null) throw EntryReader.Damaged(name, $"{missing} is missing");
    }
}
