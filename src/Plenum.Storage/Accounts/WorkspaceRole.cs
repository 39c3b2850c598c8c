namespace Plenum.Storage.Accounts;

/// <summary>What a member may do in a workspace; a higher role may do everything a lower one may.</summary>
public enum WorkspaceRole
{
    /// <summary>Reads scenarios, runs and results.</summary>
    Viewer = 1,

    /// <summary>Also creates and edits scenarios and runs forecasts.</summary>
    Analyst = 2,

    /// <summary>Also manages members and reads the audit log.</summary>
    Owner = 3,
}

/// <summary>The names roles have in the store and on the command line.</summary>
public static class WorkspaceRoles
{
    /// <summary>The stored name of a role (<c>owner</c>, <c>analyst</c>, <c>viewer</c>).</summary>
    public static string Name(WorkspaceRole role) => role switch
    {
        WorkspaceRole.Owner => "owner",
        WorkspaceRole.Analyst => "analyst",
        _ => "viewer",
    };

    /// <summary>The role with this name, or null.</summary>
    public static WorkspaceRole? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "owner" => WorkspaceRole.Owner,
        "analyst" => WorkspaceRole.Analyst,
        "viewer" => WorkspaceRole.Viewer,
        _ => null,
    };
}
