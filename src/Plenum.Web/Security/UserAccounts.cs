using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Plenum.Storage;
using Plenum.Storage.Accounts;

namespace Plenum.Web.Security;

/// <summary>
/// Creating users and checking passwords and tokens. Passwords are hashed with ASP.NET Core Identity's
/// <see cref="PasswordHasher{TUser}"/> (format v3: PBKDF2-HMAC-SHA512, 100,000 iterations, random salt);
/// API tokens are 256 random bits, so a plain SHA-256 of them is enough to keep them unusable if the store leaks.
/// </summary>
public static partial class UserAccounts
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>The prefix of every API token, so leaked tokens are easy to recognise and scan for.</summary>
    public const string TokenPrefix = "plm_";

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    /// <summary>The global roles <c>plenum users add --role</c> and the admin page accept.</summary>
    public static readonly string[] GlobalRoles = ["admin", "analyst", "viewer"];

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();

    /// <summary>A problem with a user or workspace name, or null when it is fine. Names are lower-case letters, digits, '.', '_', '-'.</summary>
    public static string? CheckName(string name, string what) =>
        NamePattern().IsMatch(name) ? null : $"{what} '{name}' is not valid: use 1–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";

    /// <summary>A problem with a password, or null.</summary>
    public static string? CheckPassword(string password) =>
        password.Length < MinPasswordLength ? $"the password must have at least {MinPasswordLength} characters" : null;

    public static string HashPassword(string password) => Hasher.HashPassword(null!, password);

    public static bool VerifyPassword(UserAccount user, string password) =>
        Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>A new random token (shown to the user once) and its hash (stored).</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, HashToken(token));
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>
    /// Creates a user with a global role and makes them a member of a workspace (created if missing):
    /// <c>admin</c> → admin and owner, <c>analyst</c> → analyst, <c>viewer</c> → viewer.
    /// Returns an error message, or null on success.
    /// </summary>
    public static async Task<string?> AddAsync(AccountStore accounts, string name, string password, string role, string workspace,
        string actingUser, DateTimeOffset now, CancellationToken ct = default)
    {
        name = name.Trim();
        workspace = workspace.Trim();
        role = role.Trim().ToLowerInvariant();
        if (CheckName(name, "user name") is { } nameProblem) return nameProblem;
        if (CheckName(workspace, "workspace name") is { } wsProblem) return wsProblem;
        if (!GlobalRoles.Contains(role)) return $"role '{role}' is not one of: {string.Join(", ", GlobalRoles)}";
        if (CheckPassword(password) is { } passwordProblem) return passwordProblem;
        if (await accounts.FindUserAsync(name, ct) is not null) return $"a user named '{name}' already exists";
        var ws = await accounts.FindWorkspaceAsync(workspace, ct);
        var workspaceId = ws?.Id ?? await accounts.AddWorkspaceAsync(workspace, now, ct);
        if (ws is null) await accounts.AddAuditAsync(workspaceId, actingUser, "workspace.create", workspace, "", now, ct);
        var userId = await accounts.AddUserAsync(name, HashPassword(password), role == "admin", now, ct);
        var wsRole = role switch { "admin" => WorkspaceRole.Owner, "analyst" => WorkspaceRole.Analyst, _ => WorkspaceRole.Viewer };
        await accounts.SetMembershipAsync(workspaceId, userId, wsRole, ct);
        await accounts.AddAuditAsync(null, actingUser, "user.create", name, $"role {role}", now, ct);
        await accounts.AddAuditAsync(workspaceId, actingUser, "member.set", name, WorkspaceRoles.Name(wsRole), now, ct);
        return null;
    }

    /// <summary>The default workspace's name (id <see cref="RunRecord.DefaultWorkspaceId"/>), which holds the CLI's runs.</summary>
    public const string DefaultWorkspace = "default";
}
