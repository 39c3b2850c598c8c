using Plenum.Cli;
using Plenum.Storage;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;

namespace Plenum.Web.Tests;

/// <summary><c>plenum users add</c>: the password comes from stdin and is stored hashed.</summary>
public sealed class UsersCommandTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-users-" + Guid.NewGuid().ToString("N"));
    private string Store => Path.Combine(_folder, "plenum.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await PlenumApp.RunAsync(args, stdout, stderr, new StringReader(stdin));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task UsersAdd_PasswordFromStdin_IsHashedAndVerifies()
    {
        var (code, _, err) = await RunAsync("a-good-password\n", "users", "add", "alice", "--role", "viewer", "--store", Store);
        Assert.True(code == 0, err);
        await using var store = RunStores.Open(Store);
        var accounts = AccountStore.For(store);
        var alice = (await accounts.FindUserAsync("alice"))!;
        Assert.DoesNotContain("a-good-password", alice.PasswordHash);
        Assert.True(UserAccounts.VerifyPassword(alice, "a-good-password"));
        Assert.False(UserAccounts.VerifyPassword(alice, "another-password"));
        Assert.Equal(WorkspaceRole.Viewer, await accounts.RoleAsync(alice.Id, RunRecord.DefaultWorkspaceId));
    }

    [Theory]
    [InlineData("a-good-password\n", "boss", "role 'boss' is not one of: admin, analyst, viewer")]
    [InlineData("short\n", "viewer", "the password must have at least 10 characters")]
    [InlineData("", "viewer", "no password on stdin")]
    public async Task UsersAdd_BadInput_Exit2WithMessage(string stdin, string role, string message)
    {
        var (code, _, err) = await RunAsync(stdin, "users", "add", "bob", "--role", role, "--store", Store);
        Assert.Equal(2, code);
        Assert.Contains(message, err);
    }

    [Fact]
    public async Task UsersAdd_Twice_IsRefused()
    {
        Assert.Equal(0, (await RunAsync("a-good-password\n", "users", "add", "carl", "--store", Store)).Code);
        var (code, _, err) = await RunAsync("a-good-password\n", "users", "add", "carl", "--store", Store);
        Assert.Equal(2, code);
        Assert.Contains("a user named 'carl' already exists", err);
    }
}
