using Microsoft.Extensions.Options;
using Plenum.Storage;
using Plenum.Storage.Accounts;

namespace Plenum.Web.Services;

/// <summary>The one store the app uses for runs and accounts, opened at start and shared by every request.</summary>
public sealed class PlenumData : IAsyncDisposable
{
    public PlenumData(IOptions<WebOptions> options, TimeProvider clock)
    {
        Runs = RunStores.Open(options.Value.Store);
        Accounts = AccountStore.For(Runs);
        Clock = clock;
    }

    /// <summary>The runs (shared with the CLI).</summary>
    public IRunStore Runs { get; }

    /// <summary>Users, workspaces, scenarios, audit log.</summary>
    public AccountStore Accounts { get; }

    /// <summary>The clock, so tests may fix the time.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Records a change in the audit log.</summary>
    public Task AuditAsync(long? workspaceId, string user, string action, string target, string detail = "", CancellationToken ct = default) =>
        Accounts.AddAuditAsync(workspaceId, user, action, target, detail, Clock.GetUtcNow(), ct);

    public ValueTask DisposeAsync() => Runs.DisposeAsync();
}
