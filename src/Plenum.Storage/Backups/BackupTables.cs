namespace Plenum.Storage.Backups;

/// <summary>
/// Every table a workspace owns, in the order they are exported and imported (a table after the tables its
/// rows point at). <b>A migration that adds a table owned by a workspace adds one line here</b>; a column added
/// to a listed table needs nothing (columns are read from the schema). <c>BackupTablesTest</c> fails when a
/// table of the schema is neither listed here nor in <see cref="NotBackedUp"/>.
/// </summary>
internal static class BackupTables
{
    public static readonly IReadOnlyList<BackupTable> All =
    [
        BackupTable.WorkspaceRow("workspaces", key: "id", nameColumn: "name"),
        BackupTable.ByWorkspaceId("scenarios", key: "id"),
        BackupTable.ByWorkspaceId("runs", key: "id"),
        BackupTable.Child("run_models", parent: "runs", via: "run_id", orderBy: "run_id, position"),
        BackupTable.Child("run_views", parent: "runs", via: "run_id").Referencing("scenario_row", "scenarios"),
        BackupTable.ByWorkspaceId("audit_log", key: "id"),
        BackupTable.ByWorkspaceName("evidence_documents", key: "doc_key"),
        BackupTable.Child("evidence_segments", parent: "evidence_documents", via: "doc_key", key: "id"),
        BackupTable.Child("evidence_passages", parent: "evidence_documents", via: "doc_key", key: "id"),
        BackupTable.Child("evidence_quotes", parent: "evidence_passages", via: "passage_id", key: "id"),
        BackupTable.Child("evidence_mentions", parent: "evidence_passages", via: "passage_id", key: "id"),
        BackupTable.Child("evidence_quote_reviews", parent: "evidence_quotes", via: "quote_id", key: "id"),
        BackupTable.ByWorkspaceName("evidence_name_decisions", key: "id"),
    ];

    /// <summary>
    /// Tables of the schema that a workspace backup leaves out, with the reason: they belong to the whole store
    /// (users and their password hashes, memberships, API tokens, the schema version), or the engine derives
    /// them (SQLite's full-text index, rebuilt by triggers as segments are imported).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotBackedUp = new Dictionary<string, string>
    {
        ["schema_version"] = "the store's own migrations",
        ["users"] = "accounts belong to the store, not a workspace, and hold password hashes",
        ["memberships"] = "they name users, which are not backed up; add members again after an import",
        ["api_tokens"] = "secrets of users",
        ["sqlite_sequence"] = "SQLite's counters; imported keys advance them",
        ["evidence_search"] = "SQLite's full-text index, rebuilt from the segments",
    };

    /// <summary>
    /// The SQL condition that selects the rows of <paramref name="table"/> owned by the workspace given as the
    /// parameters <c>@WorkspaceId</c> and <c>@WorkspaceName</c>; a child table follows its parent's condition.
    /// </summary>
    public static string OwnedBy(BackupTable table) => table.Ownership switch
    {
        BackupOwnership.Workspace => $"{table.Name}.{table.Key} = @WorkspaceId",
        BackupOwnership.WorkspaceId => $"{table.Name}.{table.OwnerColumn} = @WorkspaceId",
        BackupOwnership.WorkspaceName => $"{table.Name}.{table.OwnerColumn} = @WorkspaceName",
        _ => $"{table.Name}.{table.OwnerColumn} IN (SELECT {table.Parent}.{Named(table.Parent!).Key} FROM {table.Parent} WHERE {OwnedBy(Named(table.Parent!))})",
    };

    /// <summary>The table named <paramref name="name"/>.</summary>
    public static BackupTable Named(string name) =>
        All.FirstOrDefault(t => t.Name == name) ?? throw new InvalidOperationException($"{name} is not a backed-up table");
}
