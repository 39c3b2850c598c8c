using Plenum.Storage.Sql;

namespace Plenum.Storage.Backups;

/// <summary>
/// <c>plenum export</c> and <c>plenum import</c>: a whole workspace — scenarios, runs with everything saved about
/// them, evidence documents with their text, original bytes, segments, passages, quotes and mentions, and the
/// audit log — as one ZIP file that another store (SQLite or PostgreSQL) reads back exactly. See docs/reliability.md.
/// </summary>
/// <remarks>
/// The archive holds one JSON Lines entry per table of <see cref="BackupTables"/> and a <c>manifest.json</c> with
/// the format version, the Plenum and schema versions, the row count, byte length and SHA-256 of each entry and a
/// SHA-256 of all of them. Export reads one snapshot and streams; import checks the whole archive first, then
/// writes it in one transaction, so a refused, failed or killed import leaves the store as it was.
/// The hashes detect damage and careless edits; they are not a signature against someone who rewrites them.
/// </remarks>
public static class WorkspaceBackups
{
    /// <summary>The workspace of the command line: every store starts with it, and it owns the CLI's runs and evidence.</summary>
    public const string DefaultWorkspace = "default";

    /// <summary>Writes the workspace named <paramref name="workspace"/> of <paramref name="store"/> to <paramref name="output"/>.</summary>
    /// <exception cref="BackupRefusedException">The store has no such workspace.</exception>
    public static Task<BackupSummary> ExportAsync(IRunStore store, string workspace, Stream output, string plenumVersion, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sql = Sql(store);
        return new BackupExport(sql, BackupDialect.For(sql)).WriteAsync(workspace, output, plenumVersion, now, cancellationToken);
    }

    /// <summary>
    /// Checks the archive at <paramref name="path"/> and imports it into <paramref name="store"/>, as the workspace
    /// <paramref name="asWorkspace"/> when given, else under its own name. The workspace must not exist or be empty.
    /// </summary>
    /// <exception cref="BackupRefusedException">The archive is damaged, truncated, edited, too new, or the workspace holds data; nothing was written.</exception>
    public static Task<BackupSummary> ImportAsync(IRunStore store, string path, string? asWorkspace = null, CancellationToken cancellationToken = default) =>
        ImportAsync(store, path, asWorkspace, null, cancellationToken);

    /// <summary>Checks an archive without a store: manifest, every entry's length, rows and SHA-256, and the content hash.</summary>
    public static async Task<BackupSummary> VerifyAsync(string path, int latestSchema, CancellationToken cancellationToken = default)
    {
        await using var file = OpenFile(path);
        using var archive = BackupArchive.Open(file, Path.GetFileName(path), latestSchema);
        await archive.VerifyAsync(cancellationToken).ConfigureAwait(false);
        return BackupSummary.Of(archive.Manifest, 0);
    }

    internal static async Task<BackupSummary> ImportAsync(IRunStore store, string path, string? asWorkspace, Func<string, Task>? afterTable,
        CancellationToken cancellationToken)
    {
        var sql = Sql(store);
        if (asWorkspace is not null && (asWorkspace.Trim().Length == 0 || asWorkspace.Trim() != asWorkspace || asWorkspace.Length > 100))
            throw new BackupRefusedException($"'{asWorkspace}' cannot name a workspace: give 1 to 100 characters without leading or trailing spaces");
        await using var file = OpenFile(path);
        using var archive = BackupArchive.Open(file, Path.GetFileName(path), sql.LatestVersion);
        await archive.VerifyAsync(cancellationToken).ConfigureAwait(false);
        return await new BackupImport(sql, BackupDialect.For(sql), archive) { AfterTable = afterTable }
            .RunAsync(asWorkspace, cancellationToken).ConfigureAwait(false);
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw new BackupRefusedException($"cannot read {path}: {e.Message}", e);
        }
    }

    private static SqlRunStore Sql(IRunStore store) =>
        store as SqlRunStore ?? throw new ArgumentException("backups need an SQLite or PostgreSQL store opened with RunStores.Open", nameof(store));
}
