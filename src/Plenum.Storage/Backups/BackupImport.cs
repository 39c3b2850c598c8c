using System.Data.Common;
using System.Security.Cryptography;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Backups;

/// <summary>
/// Writes a checked archive into a store in one transaction: the workspace row, then every table in archive
/// order. Keys are kept when the store never used them; otherwise a table's keys are all moved up by the same
/// amount, above the highest key the store ever gave, and the columns that point at them follow.
/// </summary>
internal sealed class BackupImport(SqlRunStore store, BackupDialect dialect, BackupArchive archive)
{
    /// <summary>Test seam: runs inside the transaction after each table is written.</summary>
    public Func<string, Task>? AfterTable { get; init; }

    private readonly Dictionary<string, long> _shifts = [];
    private long _workspaceId;
    private string _workspaceName = "";

    public Task<BackupSummary> RunAsync(string? asWorkspace, CancellationToken cancellationToken) =>
        store.UseConnectionAsync(async connection =>
        {
            await using var transaction = await store.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await dialect.LockAsync(connection, transaction, BackupTables.All.Select(t => t.Name), cancellationToken).ConfigureAwait(false);
            using var content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var entry in archive.Manifest.Tables)
            {
                var table = BackupTables.Named(entry.Table);
                var columns = await ColumnsAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
                if (table.Ownership == BackupOwnership.Workspace)
                    await ImportWorkspaceAsync(connection, transaction, table, entry, columns, asWorkspace, content, cancellationToken).ConfigureAwait(false);
                else
                    await ImportRowsAsync(connection, transaction, table, entry, columns, content, cancellationToken).ConfigureAwait(false);
                if (AfterTable is not null) await AfterTable(table.Name).ConfigureAwait(false);
            }
            archive.CheckContent(content);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return BackupSummary.Of(archive.Manifest, _workspaceId, _shifts.Where(s => s.Value != 0).ToDictionary(), _workspaceName);
        }, cancellationToken);

    /// <summary>The store's columns for the archive's, in archive order; refuses a column the store lacks.</summary>
    private async Task<TableColumn[]> ColumnsAsync(DbConnection connection, DbTransaction transaction, BackupEntry entry, CancellationToken cancellationToken)
    {
        var known = (await dialect.ColumnsAsync(connection, transaction, entry.Table, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Name);
        return entry.Columns.Select(name => known.TryGetValue(name, out var column) ? column
            : throw new BackupRefusedException($"{archive.Name} has a column {entry.Table}.{name} that the store {store.Location} does not have; nothing was imported")).ToArray();
    }

    private async Task ImportWorkspaceAsync(DbConnection connection, DbTransaction transaction, BackupTable table, BackupEntry entry, TableColumn[] columns,
        string? asWorkspace, IncrementalHash content, CancellationToken cancellationToken)
    {
        object?[]? row = null;
        await archive.ReadAsync(entry, content, (line, number) =>
        {
            row = Decode(line, entry, columns, number);
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        var keyIndex = Index(columns, table.Key!, entry);
        var nameIndex = Index(columns, table.OwnerColumn!, entry);
        _workspaceName = asWorkspace ?? row![nameIndex] as string ?? throw EntryReader.Damaged(archive.Name, "the workspace has no name");
        row![nameIndex] = _workspaceName;

        var existing = await Db.ScalarAsync(connection, transaction, $"SELECT {table.Key} FROM {table.Name} WHERE {table.OwnerColumn} = @Name",
            cancellationToken, ("Name", _workspaceName)).ConfigureAwait(false);
        if (existing is not null)
        {
            _workspaceId = Convert.ToInt64(existing);
            await RefuseUnlessEmptyAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var others = Enumerable.Range(0, columns.Length).Where(i => i != keyIndex && i != nameIndex).ToList();
            if (others.Count == 0) return;
            await using var update = Db.Command(connection, transaction,
                $"UPDATE {table.Name} SET {string.Join(", ", others.Select(i => $"{columns[i].Name} = @P{i}"))} WHERE {table.Key} = @Id", ("Id", _workspaceId));
            foreach (var i in others) Db.Add(update, $"P{i}", dialect.ToDbValue(row[i], columns[i].Kind));
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        var archived = row[keyIndex] as long? ?? throw EntryReader.Damaged(archive.Name, "the workspace has no id");
        var highWater = await dialect.HighWaterAsync(connection, transaction, table.Name, table.Key!, cancellationToken).ConfigureAwait(false);
        _workspaceId = archived > highWater ? archived : highWater + 1;
        row[keyIndex] = _workspaceId;
        await using var insert = InsertCommand(connection, transaction, table, columns);
        await InsertAsync(insert, row, columns, cancellationToken).ConfigureAwait(false);
        await dialect.AfterExplicitKeysAsync(connection, transaction, table.Name, table.Key!, cancellationToken).ConfigureAwait(false);
    }

    private async Task RefuseUnlessEmptyAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var held = new List<string>();
        foreach (var table in BackupTables.All.Where(t => t.Ownership is BackupOwnership.WorkspaceId or BackupOwnership.WorkspaceName))
        {
            var rows = Convert.ToInt64(await Db.ScalarAsync(connection, transaction, $"SELECT COUNT(*) FROM {table.Name} WHERE {BackupTables.OwnedBy(table)}",
                cancellationToken, ("WorkspaceId", _workspaceId), ("WorkspaceName", _workspaceName)).ConfigureAwait(false));
            if (rows > 0) held.Add($"{rows} {table.Name.Replace('_', ' ')}");
        }
        if (held.Count > 0)
            throw new BackupRefusedException($"the store {store.Location} already has a workspace '{_workspaceName}' holding {string.Join(", ", held)}; " +
                "import the backup under another name with --as NAME, or into an empty store; nothing was imported");
    }

    private async Task ImportRowsAsync(DbConnection connection, DbTransaction transaction, BackupTable table, BackupEntry entry, TableColumn[] columns,
        IncrementalHash content, CancellationToken cancellationToken)
    {
        var keyIndex = table.Key is null ? -1 : Index(columns, table.Key, entry);
        if (keyIndex >= 0 && entry.MinKey is long min)
        {
            var highWater = await dialect.HighWaterAsync(connection, transaction, table.Name, table.Key!, cancellationToken).ConfigureAwait(false);
            _shifts[table.Name] = highWater >= min ? highWater - min + 1 : 0;
        }
        var ownerIndex = table.Ownership is BackupOwnership.WorkspaceId or BackupOwnership.WorkspaceName ? Index(columns, table.OwnerColumn!, entry) : -1;
        var pointers = table.KeyColumns().Select(k => (Index: Index(columns, k.Column, entry), Table: k.Table)).ToList();

        await using var insert = InsertCommand(connection, transaction, table, columns);
        await archive.ReadAsync(entry, content, async (line, number) =>
        {
            var row = Decode(line, entry, columns, number);
            if (keyIndex >= 0) row[keyIndex] = (row[keyIndex] as long? ?? throw EntryReader.Damaged(archive.Name, $"row {number} of {entry.Entry} has no key")) + _shifts.GetValueOrDefault(table.Name);
            if (ownerIndex >= 0) row[ownerIndex] = table.Ownership == BackupOwnership.WorkspaceId ? _workspaceId : _workspaceName;
            foreach (var (index, target) in pointers)
                if (row[index] is long key) row[index] = key + _shifts.GetValueOrDefault(target);
            await InsertAsync(insert, row, columns, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (keyIndex >= 0 && entry.Rows > 0)
            await dialect.AfterExplicitKeysAsync(connection, transaction, table.Name, table.Key!, cancellationToken).ConfigureAwait(false);
    }

    private DbCommand InsertCommand(DbConnection connection, DbTransaction transaction, BackupTable table, TableColumn[] columns)
    {
        var command = Db.Command(connection, transaction,
            $"INSERT INTO {table.Name} ({string.Join(", ", columns.Select(c => c.Name))}){dialect.InsertOverride} " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@P{i}"))})");
        for (var i = 0; i < columns.Length; i++) Db.Add(command, $"P{i}", null);
        return command;
    }

    private async Task InsertAsync(DbCommand insert, object?[] row, TableColumn[] columns, CancellationToken cancellationToken)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            try
            {
                insert.Parameters[i].Value = dialect.ToDbValue(row[i], columns[i].Kind) ?? DBNull.Value;
            }
            catch (FormatException e)
            {
                throw EntryReader.Damaged(archive.Name, $"the value '{row[i]}' of column {columns[i].Name} is not a {columns[i].Kind.ToString().ToLowerInvariant()} ({e.Message.TrimEnd('.')})");
            }
        }
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private object?[] Decode(ReadOnlyMemory<byte> line, BackupEntry entry, TableColumn[] columns, long number)
    {
        try
        {
            return RowCodec.Read(line.Span, Array.ConvertAll(columns, c => c.Kind), entry.Columns);
        }
        catch (FormatException e)
        {
            throw EntryReader.Damaged(archive.Name, $"row {number} of {entry.Entry}: {e.Message}");
        }
    }

    private int Index(TableColumn[] columns, string name, BackupEntry entry)
    {
        var index = Array.FindIndex(columns, c => c.Name == name);
        return index >= 0 ? index : throw EntryReader.Damaged(archive.Name, $"{entry.Entry} has no column {name}");
    }
}
