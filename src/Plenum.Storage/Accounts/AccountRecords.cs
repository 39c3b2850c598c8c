namespace Plenum.Storage.Accounts;

/// <summary>A user of the web app. <paramref name="PasswordHash"/> is the hasher's output, never the password.</summary>
/// <param name="IsAdmin">Admins manage users and workspaces; they see only the workspaces they are members of.</param>
public sealed record UserAccount(long Id, string Name, string PasswordHash, bool IsAdmin, DateTimeOffset CreatedAt);

/// <summary>A workspace: the unit of access that owns scenarios and runs.</summary>
public sealed record Workspace(long Id, string Name, DateTimeOffset CreatedAt);

/// <summary>One user's role in one workspace.</summary>
public sealed record Membership(long WorkspaceId, string WorkspaceName, long UserId, string UserName, WorkspaceRole Role);

/// <summary>An API token of a user, as listed (the token itself is shown once, at creation, and only its hash is kept).</summary>
public sealed record ApiTokenInfo(long Id, long UserId, string Name, DateTimeOffset CreatedAt);

/// <summary>One change made through the web app: who, what, on which object, when.</summary>
/// <param name="WorkspaceId">The workspace changed, or null for changes outside workspaces (users, tokens).</param>
public sealed record AuditEntry(long Id, long? WorkspaceId, string UserName, string Action, string Target, string Detail, DateTimeOffset CreatedAt);

/// <summary>A scenario kept in a workspace, with its YAML text verbatim.</summary>
/// <param name="ScenarioId">The <c>id</c> inside the YAML.</param>
public sealed record StoredScenario(long Id, long WorkspaceId, string ScenarioId, string Title, string Yaml,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>What the web app shows of a run besides its result JSON.</summary>
/// <param name="ScenarioRow">The stored scenario the run was made from, if any.</param>
/// <param name="ExtrasJson">Sensitivity and voting power, as the web app wrote them.</param>
/// <param name="ReportHtml">The self-contained HTML report, when it was written.</param>
public sealed record RunView(long RunId, long? ScenarioRow, string ExtrasJson, string? ReportHtml);
