namespace Plenum.Storage.Backups;

/// <summary>How the rows of a table belong to a workspace, which decides what <c>plenum export</c> selects.</summary>
internal enum BackupOwnership
{
    /// <summary>The <c>workspaces</c> row itself.</summary>
    Workspace,

    /// <summary>A <c>workspace_id</c> column holding the workspace's id (runs, scenarios, audit log).</summary>
    WorkspaceId,

    /// <summary>A <c>workspace</c> column holding the workspace's name (the evidence documents).</summary>
    WorkspaceName,

    /// <summary>A column holding the key of a row of another table that belongs to the workspace.</summary>
    Parent,
}

/// <summary>
/// One table that a workspace backup carries. Its columns are not listed here: they are read from the store's
/// schema, so a column added by a migration is exported without touching this type.
/// </summary>
/// <param name="Name">The table.</param>
/// <param name="Key">Its integer surrogate key, or null when it has none of its own (rows keyed by their parent).</param>
/// <param name="Ownership">How its rows belong to the workspace.</param>
/// <param name="OwnerColumn">The column that says so (<c>workspace_id</c>, <c>workspace</c>, or the parent's key); null for the workspace row.</param>
/// <param name="Parent">The table whose key <paramref name="OwnerColumn"/> holds, for <see cref="BackupOwnership.Parent"/>.</param>
/// <param name="OrderBy">The columns that order its rows in the archive, so the same store always gives the same bytes.</param>
/// <param name="References">Other columns holding keys of backed-up tables (column → table); they follow those keys when rows get new ones.</param>
internal sealed record BackupTable(
    string Name,
    string? Key,
    BackupOwnership Ownership,
    string? OwnerColumn,
    string? Parent,
    string OrderBy,
    IReadOnlyList<(string Column, string Table)> References)
{
    /// <summary>The <c>workspaces</c> table: one row, the workspace being backed up.</summary>
    public static BackupTable WorkspaceRow(string name, string key, string nameColumn) =>
        new(name, key, BackupOwnership.Workspace, nameColumn, null, key, []);

    /// <summary>A table whose <c>workspace_id</c> names the owning workspace.</summary>
    public static BackupTable ByWorkspaceId(string name, string key) =>
        new(name, key, BackupOwnership.WorkspaceId, "workspace_id", null, key, []);

    /// <summary>A table whose <c>workspace</c> column holds the owning workspace's name.</summary>
    public static BackupTable ByWorkspaceName(string name, string key) =>
        new(name, key, BackupOwnership.WorkspaceName, "workspace", null, key, []);

    /// <summary>A table whose rows belong to rows of <paramref name="parent"/> through the column <paramref name="via"/>.</summary>
    public static BackupTable Child(string name, string parent, string via, string? key = null, string? orderBy = null) =>
        new(name, key, BackupOwnership.Parent, via, parent, orderBy ?? key ?? via, []);

    /// <summary>This table with one more column that holds a key of <paramref name="table"/>.</summary>
    public BackupTable Referencing(string column, string table) => this with { References = [.. References, (column, table)] };

    /// <summary>Every column that holds another backed-up table's key (the parent link and <see cref="References"/>).</summary>
    public IEnumerable<(string Column, string Table)> KeyColumns() =>
        Ownership == BackupOwnership.Parent ? References.Prepend((OwnerColumn!, Parent!)) : References;
}
