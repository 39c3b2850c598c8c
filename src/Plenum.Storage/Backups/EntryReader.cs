using System.Buffers;
using System.Security.Cryptography;

namespace Plenum.Storage.Backups;

/// <summary>
/// Reads one table entry of an archive line by line without holding more than one row: checks its length, row
/// count and SHA-256 against the manifest, and refuses a line longer than <see cref="BackupLimits.RowBytes"/>.
/// </summary>
internal static class EntryReader
{
    /// <summary>Reads the entry, calling <paramref name="onRow"/> (if any) with each line and its 1-based number.</summary>
    /// <exception cref="BackupRefusedException">The entry does not match the manifest.</exception>
    public static async Task ReadAsync(Stream stream, BackupEntry entry, IncrementalHash content, string archive,
        Func<ReadOnlyMemory<byte>, long, Task>? onRow, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>(1 << 12);
        long bytes = 0, rows = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            bytes += read;
            if (bytes > entry.Bytes)
                throw Damaged(archive, $"{entry.Entry} is longer than the {entry.Bytes} bytes its manifest gives");
            hash.AppendData(chunk, 0, read);
            content.AppendData(chunk, 0, read);
            var rest = chunk.AsMemory(0, read);
            while (!rest.IsEmpty)
            {
                var end = rest.Span.IndexOf((byte)'\n');
                Append(line, end < 0 ? rest : rest[..end], entry, archive);
                if (end < 0) break;
                rows++;
                if (onRow is not null) await onRow(line.WrittenMemory, rows).ConfigureAwait(false);
                line.ResetWrittenCount();
                rest = rest[(end + 1)..];
            }
        }
        if (line.WrittenCount > 0) throw Damaged(archive, $"{entry.Entry} ends in the middle of a row");
        if (bytes != entry.Bytes) throw Damaged(archive, $"{entry.Entry} has {bytes} bytes, its manifest says {entry.Bytes}");
        if (rows != entry.Rows) throw Damaged(archive, $"{entry.Entry} has {rows} rows, its manifest says {entry.Rows}");
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (sha != entry.Sha256) throw Damaged(archive, $"{entry.Entry} has SHA-256 {sha}, its manifest says {entry.Sha256}");
    }

    /// <summary>The refusal for an archive whose content does not match its manifest.</summary>
    public static BackupRefusedException Damaged(string archive, string what) =>
        new($"{archive} is damaged or was edited: {what}; nothing was imported");

    private static void Append(ArrayBufferWriter<byte> line, ReadOnlyMemory<byte> part, BackupEntry entry, string archive)
    {
        if ((long)line.WrittenCount + part.Length > BackupLimits.RowBytes)
            throw new BackupRefusedException($"{archive}: a row of {entry.Entry} is longer than {BackupLimits.RowBytes >> 20} MiB, the limit per row; nothing was imported");
        line.Write(part.Span);
    }
}
