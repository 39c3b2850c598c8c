using System.Data.Common;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Accounts;

/// <summary>
/// Users, workspaces, memberships, API tokens, the audit log, stored scenarios and run views: the tables the web
/// app adds to a store (migration 0002). It shares the run store's connections and schema upgrade, so SQLite
/// and PostgreSQL behave alike and the CLI and the web app can use one store at once.
/// </summary>
/// <remarks>Names are compared exactly as stored; callers normalise them (the web app lower-cases user names).</remarks>
public sealed class AccountStore
{
    private readonly SqlRunStore _store;

    private AccountStore(SqlRunStore store) => _store = store;

    /// <summary>The account tables of an open store.</summary>
    /// <exception cref="ArgumentException">The store is not one of Plenum's SQL stores.</exception>
    public static AccountStore For(IRunStore store) =>
        store is SqlRunStore sql ? new AccountStore(sql) : throw new ArgumentException("accounts need an SQLite or PostgreSQL store", nameof(store));

    // ---- users

    public Task<long> AddUserAsync(string name, string passwordHash, bool isAdmin, DateTimeOffset now, CancellationToken ct = default) =>
        InsertAsync("INSERT INTO users (name, password_hash, is_admin, created_at) VALUES (@Name, @Hash, @Admin, @At) RETURNING id", ct,
            ("Name", name), ("Hash", passwordHash), ("Admin", isAdmin ? 1 : 0), ("At", _store.DbTime(now)));

    public async Task<UserAccount?> FindUserAsync(string name, CancellationToken ct = default) =>
        (await QueryAsync($"{UserColumns} WHERE name = @Name", ReadUser, ct, ("Name", name))).FirstOrDefault();

    public async Task<UserAccount?> GetUserAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync($"{UserColumns} WHERE id = @Id", ReadUser, ct, ("Id", id))).FirstOrDefault();

    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken ct = default) =>
        QueryAsync($"{UserColumns} ORDER BY name", ReadUser, ct);

    public Task<int> SetPasswordAsync(long userId, string passwordHash, CancellationToken ct = default) =>
        WriteAsync("UPDATE users SET password_hash = @Hash WHERE id = @Id", ct, ("Hash", passwordHash), ("Id", userId));

    // ---- workspaces and memberships

    public Task<long> AddWorkspaceAsync(string name, DateTimeOffset now, CancellationToken ct = default) =>
        InsertAsync("INSERT INTO workspaces (name, created_at) VALUES (@Name, @At) RETURNING id", ct, ("Name", name), ("At", _store.DbTime(now)));

    public async Task<Workspace?> GetWorkspaceAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync("SELECT id, name, created_at FROM workspaces WHERE id = @Id", ReadWorkspace, ct, ("Id", id))).FirstOrDefault();

    public async Task<Workspace?> FindWorkspaceAsync(string name, CancellationToken ct = default) =>
        (await QueryAsync("SELECT id, name, created_at FROM workspaces WHERE name = @Name", ReadWorkspace, ct, ("Name", name))).FirstOrDefault();

    public Task<IReadOnlyList<Workspace>> ListWorkspacesAsync(CancellationToken ct = default) =>
        QueryAsync("SELECT id, name, created_at FROM workspaces ORDER BY id", ReadWorkspace, ct);

    /// <summary>Gives a user a role in a workspace, replacing any role they had there.</summary>
    public Task SetMembershipAsync(long workspaceId, long userId, WorkspaceRole role, CancellationToken ct = default) =>
        _store.UseConnectionAsync(async connection =>
        {
            await using var tx = await _store.BeginWriteTransactionAsync(connection, ct).ConfigureAwait(false);
            var p = new (string, object?)[] { ("Ws", workspaceId), ("User", userId), ("Role", WorkspaceRoles.Name(role)) };
            await Db.ExecuteAsync(connection, tx, "DELETE FROM memberships WHERE workspace_id = @Ws AND user_id = @User", ct, p).ConfigureAwait(false);
            await Db.ExecuteAsync(connection, tx, "INSERT INTO memberships (workspace_id, user_id, role) VALUES (@Ws, @User, @Role)", ct, p).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, ct);

    public async Task<bool> RemoveMembershipAsync(long workspaceId, long userId, CancellationToken ct = default) =>
        await WriteAsync("DELETE FROM memberships WHERE workspace_id = @Ws AND user_id = @User", ct, ("Ws", workspaceId), ("User", userId)) > 0;

    public Task<IReadOnlyList<Membership>> MembershipsOfUserAsync(long userId, CancellationToken ct = default) =>
        QueryAsync($"{MembershipColumns} WHERE m.user_id = @User ORDER BY w.id", ReadMembership, ct, ("User", userId));

    public Task<IReadOnlyList<Membership>> MembersOfWorkspaceAsync(long workspaceId, CancellationToken ct = default) =>
        QueryAsync($"{MembershipColumns} WHERE m.workspace_id = @Ws ORDER BY u.name", ReadMembership, ct, ("Ws", workspaceId));

    /// <summary>The user's role in the workspace, or null when they are not a member.</summary>
    public async Task<WorkspaceRole?> RoleAsync(long userId, long workspaceId, CancellationToken ct = default) =>
        (await QueryAsync($"{MembershipColumns} WHERE m.user_id = @User AND m.workspace_id = @Ws", ReadMembership, ct,
            ("User", userId), ("Ws", workspaceId))).FirstOrDefault()?.Role;

    // ---- API tokens

    public Task<long> AddTokenAsync(long userId, string name, string tokenHash, DateTimeOffset now, CancellationToken ct = default) =>
        InsertAsync("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (@User, @Name, @Hash, @At) RETURNING id", ct,
            ("User", userId), ("Name", name), ("Hash", tokenHash), ("At", _store.DbTime(now)));

    /// <summary>The user a token (given by its hash) belongs to, or null for an unknown or revoked token.</summary>
    public async Task<UserAccount?> FindUserByTokenAsync(string tokenHash, CancellationToken ct = default) =>
        (await QueryAsync("SELECT u.id, u.name, u.password_hash, u.is_admin, u.created_at FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = @Hash",
            ReadUser, ct, ("Hash", tokenHash))).FirstOrDefault();

    public Task<IReadOnlyList<ApiTokenInfo>> ListTokensAsync(long userId, CancellationToken ct = default) =>
        QueryAsync("SELECT id, user_id, name, created_at FROM api_tokens WHERE user_id = @User ORDER BY id", r =>
            new ApiTokenInfo(Convert.ToInt64(r.GetValue(0)), Convert.ToInt64(r.GetValue(1)), r.GetString(2), _store.ReadDbTime(r.GetValue(3))), ct, ("User", userId));

    public async Task<bool> DeleteTokenAsync(long userId, long tokenId, CancellationToken ct = default) =>
        await WriteAsync("DELETE FROM api_tokens WHERE id = @Id AND user_id = @User", ct, ("Id", tokenId), ("User", userId)) > 0;

    // ---- audit log

    public Task<long> AddAuditAsync(long? workspaceId, string userName, string action, string target, string detail, DateTimeOffset now, CancellationToken ct = default) =>
        InsertAsync("INSERT INTO audit_log (workspace_id, user_name, action, target, detail, created_at) VALUES (@Ws, @User, @Action, @Target, @Detail, @At) RETURNING id", ct,
            ("Ws", workspaceId), ("User", userName), ("Action", action), ("Target", target), ("Detail", detail), ("At", _store.DbTime(now)));

    /// <summary>The newest entries of one workspace, or of changes outside workspaces when <paramref name="workspaceId"/> is null.</summary>
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(long? workspaceId, int limit, CancellationToken ct = default) =>
        QueryAsync("SELECT id, workspace_id, user_name, action, target, detail, created_at FROM audit_log WHERE " +
            (workspaceId is null ? "workspace_id IS NULL" : "workspace_id = @Ws") + " ORDER BY id DESC LIMIT @Limit",
            r => new AuditEntry(Convert.ToInt64(r.GetValue(0)), r.IsDBNull(1) ? null : Convert.ToInt64(r.GetValue(1)), r.GetString(2), r.GetString(3),
                r.GetString(4), r.GetString(5), _store.ReadDbTime(r.GetValue(6))), ct, ("Ws", workspaceId), ("Limit", (long)limit));

    // ---- scenarios

    public Task<long> AddScenarioAsync(long workspaceId, string scenarioId, string title, string yaml, string userName, DateTimeOffset now, CancellationToken ct = default) =>
        InsertAsync("INSERT INTO scenarios (workspace_id, scenario_id, title, yaml, created_at, updated_at, updated_by) " +
            "VALUES (@Ws, @ScenarioId, @Title, @Yaml, @At, @At, @User) RETURNING id", ct,
            ("Ws", workspaceId), ("ScenarioId", scenarioId), ("Title", title), ("Yaml", yaml), ("At", _store.DbTime(now)), ("User", userName));

    public async Task<bool> UpdateScenarioAsync(long id, string scenarioId, string title, string yaml, string userName, DateTimeOffset now, CancellationToken ct = default) =>
        await WriteAsync("UPDATE scenarios SET scenario_id = @ScenarioId, title = @Title, yaml = @Yaml, updated_at = @At, updated_by = @User WHERE id = @Id", ct,
            ("ScenarioId", scenarioId), ("Title", title), ("Yaml", yaml), ("At", _store.DbTime(now)), ("User", userName), ("Id", id)) > 0;

    public async Task<StoredScenario?> GetScenarioAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync($"{ScenarioColumns} WHERE id = @Id", ReadScenario, ct, ("Id", id))).FirstOrDefault();

    public Task<IReadOnlyList<StoredScenario>> ListScenariosAsync(long workspaceId, CancellationToken ct = default) =>
        QueryAsync($"{ScenarioColumns} WHERE workspace_id = @Ws ORDER BY updated_at DESC, id DESC", ReadScenario, ct, ("Ws", workspaceId));

    public async Task<bool> DeleteScenarioAsync(long id, CancellationToken ct = default) =>
        await WriteAsync("DELETE FROM scenarios WHERE id = @Id", ct, ("Id", id)) > 0;

    // ---- run views

    public Task SaveRunViewAsync(RunView view, CancellationToken ct = default) =>
        WriteAsync("INSERT INTO run_views (run_id, scenario_row, extras_json, report_html) VALUES (@Run, @Row, @Extras, @Report)", ct,
            ("Run", view.RunId), ("Row", view.ScenarioRow), ("Extras", view.ExtrasJson), ("Report", view.ReportHtml));

    public async Task<RunView?> GetRunViewAsync(long runId, CancellationToken ct = default) =>
        (await QueryAsync("SELECT run_id, scenario_row, extras_json, report_html FROM run_views WHERE run_id = @Run",
            r => new RunView(Convert.ToInt64(r.GetValue(0)), r.IsDBNull(1) ? null : Convert.ToInt64(r.GetValue(1)), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3)), ct, ("Run", runId))).FirstOrDefault();

    // ---- plumbing

    private const string UserColumns = "SELECT id, name, password_hash, is_admin, created_at FROM users";
    private const string ScenarioColumns = "SELECT id, workspace_id, scenario_id, title, yaml, created_at, updated_at, updated_by FROM scenarios";
    private const string MembershipColumns =
        "SELECT m.workspace_id, w.name, m.user_id, u.name, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id JOIN users u ON u.id = m.user_id";

    private UserAccount ReadUser(DbDataReader r) =>
        new(Convert.ToInt64(r.GetValue(0)), r.GetString(1), r.GetString(2), Convert.ToInt64(r.GetValue(3)) != 0, _store.ReadDbTime(r.GetValue(4)));

    private Workspace ReadWorkspace(DbDataReader r) => new(Convert.ToInt64(r.GetValue(0)), r.GetString(1), _store.ReadDbTime(r.GetValue(2)));

    private static Membership ReadMembership(DbDataReader r) =>
        new(Convert.ToInt64(r.GetValue(0)), r.GetString(1), Convert.ToInt64(r.GetValue(2)), r.GetString(3), WorkspaceRoles.Parse(r.GetString(4)) ?? WorkspaceRole.Viewer);

    private StoredScenario ReadScenario(DbDataReader r) =>
        new(Convert.ToInt64(r.GetValue(0)), Convert.ToInt64(r.GetValue(1)), r.GetString(2), r.GetString(3), r.GetString(4),
            _store.ReadDbTime(r.GetValue(5)), _store.ReadDbTime(r.GetValue(6)), r.GetString(7));

    private Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken ct, params (string, object?)[] parameters) =>
        _store.UseConnectionAsync<IReadOnlyList<T>>(async connection =>
        {
            await using var command = Db.Command(connection, null, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) rows.Add(read(reader));
            return rows;
        }, ct);

    private Task<long> InsertAsync(string sql, CancellationToken ct, params (string, object?)[] parameters) =>
        _store.UseConnectionAsync(async connection =>
        {
            await using var tx = await _store.BeginWriteTransactionAsync(connection, ct).ConfigureAwait(false);
            var id = Convert.ToInt64(await Db.ScalarAsync(connection, tx, sql, ct, parameters).ConfigureAwait(false));
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return id;
        }, ct);

    private Task<int> WriteAsync(string sql, CancellationToken ct, params (string, object?)[] parameters) =>
        _store.UseConnectionAsync(async connection =>
        {
            await using var tx = await _store.BeginWriteTransactionAsync(connection, ct).ConfigureAwait(false);
            var n = await Db.ExecuteAsync(connection, tx, sql, ct, parameters).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return n;
        }, ct);
}
