namespace Plenum.Storage.Backups;

/// <summary>What an export wrote or an import restored: the workspace, the rows of each table and the content hash.</summary>
/// <param name="Workspace">The workspace's name (after <c>--as</c>, on import).</param>
/// <param name="WorkspaceId">Its id in the store that was read or written.</param>
/// <param name="Tables">Rows per table, in archive order.</param>
/// <param name="ContentSha256">SHA-256 of all table entries, as in the manifest.</param>
/// <param name="KeyShifts">
/// Per table, what was added to the archive's ids because the importing store already used some of them
/// (absent when the ids were kept, and always empty for an export).
/// </param>
public sealed record BackupSummary(string Workspace, long WorkspaceId, IReadOnlyList<KeyValuePair<string, long>> Tables, string ContentSha256,
    IReadOnlyDictionary<string, long> KeyShifts)
{
    /// <summary>The rows of a table, 0 when the archive has none.</summary>
    public long RowsOf(string table) => Tables.FirstOrDefault(t => t.Key == table).Value;

    internal static BackupSummary Of(BackupManifest manifest, long workspaceId, IReadOnlyDictionary<string, long>? keyShifts = null, string? workspace = null) =>
        new(workspace ?? manifest.Workspace, workspaceId, manifest.Tables.Select(t => KeyValuePair.Create(t.Table, t.Rows)).ToList(), manifest.ContentSha256,
            keyShifts ?? new Dictionary<string, long>());

    /// <summary>One line for people: "3 scenarios, 12 runs, 4 evidence documents, …".</summary>
    public string Describe() =>
        $"{RowsOf("scenarios")} scenarios, {RowsOf("runs")} runs, {RowsOf("evidence_documents")} evidence documents " +
        $"({RowsOf("evidence_passages")} passages, {RowsOf("evidence_quotes")} quotes, {RowsOf("evidence_mentions")} mentions), " +
        $"{RowsOf("audit_log")} audit entries";
}
