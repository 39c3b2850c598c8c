using Plenum.Storage.Accounts;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests.Accounts;

/// <summary>
/// The account tables (users, workspaces, memberships, API tokens, audit log, stored scenarios, run views) behave
/// the same on every back end. Each subclass runs this suite on one (a temporary SQLite file, a fresh PostgreSQL
/// schema); without PostgreSQL the suite returns early saying why, except under <c>CI=true</c>, where it fails.
/// </summary>
public abstract class AccountStoreContract(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 3, 4, 5, TimeSpan.Zero);

    private IRunStore? _store;

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>False when the back end is not available here; the reason has been written to the output.</summary>
    protected bool Available { get; private set; }

    /// <summary>Makes an empty location for this test; false (after writing why) when the back end is not available.</summary>
    protected abstract Task<bool> PrepareLocationAsync();

    /// <summary>The <c>--store</c> value of this test's location.</summary>
    protected abstract string Spec { get; }

    protected abstract Task CleanupAsync();

    private IRunStore Store => _store ??= RunStores.Open(Spec);

    private AccountStore Accounts => AccountStore.For(Store);

    public async Task InitializeAsync() => Available = await PrepareLocationAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        if (Available) await CleanupAsync();
    }

    [Fact]
    public async Task Users_AddFindListAndChangePassword()
    {
        if (!Available) return;
        var ada = await Accounts.AddUserAsync("ada", "hash-1", isAdmin: true, At);
        var bob = await Accounts.AddUserAsync("bob", "hash-2", isAdmin: false, At);

        var found = await Accounts.FindUserAsync("ada");
        Assert.Equal(new UserAccount(ada, "ada", "hash-1", true, At), found);
        Assert.Equal("bob", (await Accounts.GetUserAsync(bob))!.Name);
        Assert.Null(await Accounts.FindUserAsync("ADA"));   // names are compared exactly; the web app lower-cases them
        Assert.Equal(["ada", "bob"], (await Accounts.ListUsersAsync()).Select(u => u.Name));
        Assert.Equal(1, await Accounts.SetPasswordAsync(bob, "hash-3"));
        Assert.Equal("hash-3", (await Accounts.GetUserAsync(bob))!.PasswordHash);
        Assert.Equal(0, await Accounts.SetPasswordAsync(999_999, "hash-4"));
    }

    [Fact]
    public async Task Users_SameNameTwice_IsRefused()
    {
        if (!Available) return;
        await Accounts.AddUserAsync("ada", "hash-1", isAdmin: false, At);

        await Assert.ThrowsAnyAsync<Exception>(() => Accounts.AddUserAsync("ada", "hash-2", isAdmin: false, At));

        Assert.Single(await Accounts.ListUsersAsync());
    }

    [Fact]
    public async Task Workspaces_DefaultExists_NewOnesAreListedInOrder()
    {
        if (!Available) return;
        var other = await Accounts.AddWorkspaceAsync("other", At);

        var all = await Accounts.ListWorkspacesAsync();
        Assert.Equal(["default", "other"], all.Select(w => w.Name));
        Assert.Equal(RunRecord.DefaultWorkspaceId, all[0].Id);
        Assert.Equal(new Workspace(other, "other", At), await Accounts.GetWorkspaceAsync(other));
        Assert.Equal(other, (await Accounts.FindWorkspaceAsync("other"))!.Id);
        Assert.Null(await Accounts.FindWorkspaceAsync("nope"));
        await Assert.ThrowsAnyAsync<Exception>(() => Accounts.AddWorkspaceAsync("other", At));
    }

    [Fact]
    public async Task Memberships_SetReplaceListAndRemove()
    {
        if (!Available) return;
        var ada = await Accounts.AddUserAsync("ada", "h", false, At);
        var bob = await Accounts.AddUserAsync("bob", "h", false, At);
        var other = await Accounts.AddWorkspaceAsync("other", At);
        await Accounts.SetMembershipAsync(RunRecord.DefaultWorkspaceId, ada, WorkspaceRole.Viewer);
        await Accounts.SetMembershipAsync(RunRecord.DefaultWorkspaceId, ada, WorkspaceRole.Owner);   // replaces, not adds
        await Accounts.SetMembershipAsync(other, ada, WorkspaceRole.Analyst);
        await Accounts.SetMembershipAsync(RunRecord.DefaultWorkspaceId, bob, WorkspaceRole.Viewer);

        Assert.Equal(WorkspaceRole.Owner, await Accounts.RoleAsync(ada, RunRecord.DefaultWorkspaceId));
        Assert.Equal(WorkspaceRole.Analyst, await Accounts.RoleAsync(ada, other));
        Assert.Null(await Accounts.RoleAsync(bob, other));
        Assert.Equal([("default", WorkspaceRole.Owner), ("other", WorkspaceRole.Analyst)],
            (await Accounts.MembershipsOfUserAsync(ada)).Select(m => (m.WorkspaceName, m.Role)));
        Assert.Equal([("ada", WorkspaceRole.Owner), ("bob", WorkspaceRole.Viewer)],
            (await Accounts.MembersOfWorkspaceAsync(RunRecord.DefaultWorkspaceId)).Select(m => (m.UserName, m.Role)));

        Assert.True(await Accounts.RemoveMembershipAsync(other, ada));
        Assert.False(await Accounts.RemoveMembershipAsync(other, ada));
        Assert.Null(await Accounts.RoleAsync(ada, other));
    }

    [Fact]
    public async Task Tokens_FindByHashListAndRevoke_OnlyByTheirOwner()
    {
        if (!Available) return;
        var ada = await Accounts.AddUserAsync("ada", "h", false, At);
        var bob = await Accounts.AddUserAsync("bob", "h", false, At);
        var token = await Accounts.AddTokenAsync(ada, "scripts", "a1b2", At);
        await Accounts.AddTokenAsync(ada, "laptop", "c3d4", At);

        Assert.Equal("ada", (await Accounts.FindUserByTokenAsync("a1b2"))!.Name);
        Assert.Null(await Accounts.FindUserByTokenAsync("ffff"));
        Assert.Equal([new ApiTokenInfo(token, ada, "scripts", At)], (await Accounts.ListTokensAsync(ada)).Take(1));
        Assert.Empty(await Accounts.ListTokensAsync(bob));
        await Assert.ThrowsAnyAsync<Exception>(() => Accounts.AddTokenAsync(bob, "copy", "a1b2", At));   // hashes are unique

        Assert.False(await Accounts.DeleteTokenAsync(bob, token));   // not bob's token
        Assert.True(await Accounts.DeleteTokenAsync(ada, token));
        Assert.Null(await Accounts.FindUserByTokenAsync("a1b2"));
        Assert.Equal(["laptop"], (await Accounts.ListTokensAsync(ada)).Select(t => t.Name));
    }

    [Fact]
    public async Task Audit_PerWorkspaceAndOutside_NewestFirst_WithLimit()
    {
        if (!Available) return;
        var other = await Accounts.AddWorkspaceAsync("other", At);
        await Accounts.AddAuditAsync(RunRecord.DefaultWorkspaceId, "ada", "scenario.create", "scenario 1", "first", At);
        await Accounts.AddAuditAsync(RunRecord.DefaultWorkspaceId, "ada", "run.create", "run 1", "second", At.AddMinutes(1));
        await Accounts.AddAuditAsync(other, "otto", "run.create", "run 2", "elsewhere", At);
        await Accounts.AddAuditAsync(null, "ada", "user.add", "bob", "outside workspaces", At);

        var mine = await Accounts.ListAuditAsync(RunRecord.DefaultWorkspaceId, 10);
        Assert.Equal(["second", "first"], mine.Select(e => e.Detail));
        Assert.Equal(At.AddMinutes(1), mine[0].CreatedAt);
        Assert.Equal(["second"], (await Accounts.ListAuditAsync(RunRecord.DefaultWorkspaceId, 1)).Select(e => e.Detail));
        Assert.Equal(["elsewhere"], (await Accounts.ListAuditAsync(other, 10)).Select(e => e.Detail));
        var outside = Assert.Single(await Accounts.ListAuditAsync(null, 10));
        Assert.Null(outside.WorkspaceId);
        Assert.Equal("user.add", outside.Action);
    }

    [Fact]
    public async Task Scenarios_KeepYamlVerbatim_UpdateAndDeletePerWorkspace()
    {
        if (!Available) return;
        var other = await Accounts.AddWorkspaceAsync("other", At);
        const string yaml = "# a comment, kept\nid: s\ntitle: \"Ünïcode ✓\"\n";
        var id = await Accounts.AddScenarioAsync(RunRecord.DefaultWorkspaceId, "s", "Ünïcode ✓", yaml, "ada", At);
        await Accounts.AddScenarioAsync(other, "t", "Other", "id: t\n", "otto", At);

        var stored = (await Accounts.GetScenarioAsync(id))!;
        Assert.Equal((RunRecord.DefaultWorkspaceId, "s", "Ünïcode ✓", yaml, At, "ada"),
            (stored.WorkspaceId, stored.ScenarioId, stored.Title, stored.Yaml, stored.UpdatedAt, stored.UpdatedBy));
        Assert.Equal(["s"], (await Accounts.ListScenariosAsync(RunRecord.DefaultWorkspaceId)).Select(s => s.ScenarioId));

        Assert.True(await Accounts.UpdateScenarioAsync(id, "s2", "New", yaml + "as_of: 1929-03-20\n", "anna", At.AddHours(1)));
        stored = (await Accounts.GetScenarioAsync(id))!;
        Assert.Equal(("s2", "anna", At.AddHours(1), At), (stored.ScenarioId, stored.UpdatedBy, stored.UpdatedAt, stored.CreatedAt));
        Assert.True(await Accounts.DeleteScenarioAsync(id));
        Assert.False(await Accounts.DeleteScenarioAsync(id));
        Assert.Null(await Accounts.GetScenarioAsync(id));
        Assert.Single(await Accounts.ListScenariosAsync(other));
    }

    [Fact]
    public async Task RunViews_BelongToTheirRun_AndRunsKeepTheirWorkspace()
    {
        if (!Available) return;
        var other = await Accounts.AddWorkspaceAsync("other", At);
        var run = await Store.SaveAsync(Runs.Sample() with { WorkspaceId = other });
        await Accounts.SaveRunViewAsync(new RunView(run, null, "{\"power\":[]}", "<html>report</html>"));

        Assert.Equal(new RunView(run, null, "{\"power\":[]}", "<html>report</html>"), await Accounts.GetRunViewAsync(run));
        Assert.Equal(other, (await Store.GetAsync(run))!.WorkspaceId);
        Assert.Null(await Accounts.GetRunViewAsync(run + 1000));
    }
}
