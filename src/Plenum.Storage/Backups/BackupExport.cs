using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Backups;

/// <summary>
/// Writes one workspace of a store as a ZIP archive: a JSON Lines entry per table of <see cref="BackupTables"/>,
/// read in one snapshot transaction and streamed row by row, then <c>manifest.json</c> with the hashes.
/// </summary>
internal sealed class BackupExport(SqlRunStore store, BackupDialect dialect)
{
    public Task<BackupSummary> WriteAsync(string workspace, Stream output, string plenumVersion, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.UseConnectionAsync(async connection =>
        {
            await using var transaction = await dialect.BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
            var workspaceId = await FindAsync(connection, transaction, workspace, cancellationToken).ConfigureAwait(false);
            var schemaVersion = Convert.ToInt32(await Db.ScalarAsync(connection, transaction, RunSql.SchemaVersion, cancellationToken).ConfigureAwait(false));
            using var content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var entries = new List<BackupEntry>();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var table in BackupTables.All)
                    entries.Add(await WriteTableAsync(zip, connection, transaction, table, workspaceId, workspace, content, cancellationToken).ConfigureAwait(false));
                var manifest = new BackupManifest
                {
                    Format = BackupManifest.FormatName,
                    FormatVersion = BackupManifest.CurrentFormatVersion,
                    PlenumVersion = plenumVersion,
                    CreatedAt = now.UtcDateTime.ToString(BackupDialect.TimeFormat, CultureInfo.InvariantCulture),
                    SchemaVersion = schemaVersion,
                    Backend = dialect.Name,
                    Workspace = workspace,
                    Tables = entries,
                    ContentSha256 = Convert.ToHexStringLower(content.GetHashAndReset()),
                };
                await using var manifestStream = zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Fastest).Open();
                await manifestStream.WriteAsync(manifest.ToJson(), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return BackupSummary.Of(manifest, workspaceId);
            }
        }, cancellationToken);

    private async Task<long> FindAsync(DbConnection connection, DbTransaction transaction, string workspace, CancellationToken cancellationToken)
    {
        var id = await Db.ScalarAsync(connection, transaction, "SELECT id FROM workspaces WHERE name = @Name", cancellationToken, ("Name", workspace)).ConfigureAwait(false);
        if (id is not null) return Convert.ToInt64(id);
        var names = new List<string>();
        await using (var command = Db.Command(connection, transaction, "SELECT name FROM workspaces ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) names.Add(reader.GetString(0));
        throw new BackupRefusedException($"the store {store.Location} has no workspace '{workspace}'; its workspaces are: {string.Join(", ", names.Select(n => $"'{n}'"))}");
    }

    private async Task<BackupEntry> WriteTableAsync(ZipArchive zip, DbConnection connection, DbTransaction transaction, BackupTable table,
        long workspaceId, string workspaceName, IncrementalHash content, CancellationToken cancellationToken)
    {
        var columns = await dialect.ColumnsAsync(connection, transaction, table.Name, cancellationToken).ConfigureAwait(false);
        if (columns.Count == 0) throw new InvalidOperationException($"the store's schema has no table {table.Name}, which backups carry");
        var keyIndex = table.Key is null ? -1 : columns.ToList().FindIndex(c => c.Name == table.Key);
        var name = $"tables/{table.Name}.jsonl";
        using var entryHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long rows = 0;
        long? minKey = null, maxKey = null;
        long bytes;
        await using (var entryStream = zip.CreateEntry(name, CompressionLevel.Fastest).Open())
        {
            var hashing = new HashingWriteStream(entryStream, entryHash, content);
            await using (var writer = new Utf8JsonWriter(hashing, RowCodec.WriterOptions))
            {
                await using var command = Db.Command(connection, transaction,
                    $"SELECT {string.Join(", ", columns.Select(c => c.Name))} FROM {table.Name} WHERE {BackupTables.OwnedBy(table)} ORDER BY {table.OrderBy}",
                    ("WorkspaceId", workspaceId), ("WorkspaceName", workspaceName));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var values = new object?[columns.Count];
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    for (var i = 0; i < columns.Count; i++) values[i] = BackupDialect.ToArchiveValue(reader.GetValue(i), columns[i].Kind);
                    if (keyIndex >= 0 && values[keyIndex] is long key)
                    {
                        minKey = Math.Min(minKey ?? key, key);
                        maxKey = Math.Max(maxKey ?? key, key);
                    }
                    RowCodec.Write(writer, values);
                    writer.Flush();
                    writer.Reset();
                    hashing.WriteByte((byte)'\n');
                    rows++;
                }
            }
            bytes = hashing.Length64;
        }
        return new BackupEntry(table.Name, name, columns.Select(c => c.Name).ToList(), rows, bytes,
            Convert.ToHexStringLower(entryHash.GetHashAndReset()), minKey, maxKey);
    }
}
