using System.ComponentModel;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum users add NAME --role admin|analyst|viewer [--workspace W]</c>; the password is the first line of stdin.</summary>
public sealed class UsersAddCommand(Output output) : AsyncCommand<UsersAddCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The user name: lower-case letters, digits, '.', '_' or '-'.")]
        public string Name { get; init; } = "";

        [CommandOption("--role <ROLE>")]
        [Description("admin (manages users; owner of the workspace), analyst (runs and edits) or viewer (reads). Default analyst.")]
        public string Role { get; init; } = "analyst";

        [CommandOption("--workspace <NAME>")]
        [Description("The workspace the user joins (created if missing). Default: 'default', which holds the CLI's runs.")]
        public string Workspace { get; init; } = UserAccounts.DefaultWorkspace;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var password = (await output.Stdin.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
        if (password.Length == 0) throw new UsageException("no password on stdin; for example: printf '%s\\n' \"$PASSWORD\" | plenum users add NAME --role analyst");
        await using var store = Storage.RunStores.Open(settings.Store);
        var error = await UserAccounts.AddAsync(AccountStore.For(store), settings.Name, password, settings.Role, settings.Workspace,
            "cli:" + Environment.UserName, DateTimeOffset.UtcNow, cancellationToken);
        if (error is not null) throw new UsageException(error);
        output.Stderr.WriteLine($"added user {settings.Name.Trim()} ({settings.Role.Trim().ToLowerInvariant()}) to workspace {settings.Workspace.Trim()} in {store.Location}");
        return ExitCodes.Success;
    }
}

/// <summary><c>plenum users list</c>: every user with their workspaces and roles.</summary>
public sealed class UsersListCommand(Output output) : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var store = Storage.RunStores.Open(settings.Store);
        var accounts = AccountStore.For(store);
        foreach (var user in await accounts.ListUsersAsync(cancellationToken))
        {
            var memberships = await accounts.MembershipsOfUserAsync(user.Id, cancellationToken);
            output.Stdout.WriteLine($"{user.Name}{(user.IsAdmin ? " (admin)" : "")}: " +
                (memberships.Count == 0 ? "no workspace" : string.Join(", ", memberships.Select(m => $"{m.WorkspaceName} {WorkspaceRoles.Name(m.Role)}"))));
        }
        return ExitCodes.Success;
    }
}
