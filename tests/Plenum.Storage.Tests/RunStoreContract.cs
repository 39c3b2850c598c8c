using Plenum.Storage.Migrations;
using Plenum.Storage.Sql;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests;

/// <summary>
/// The behaviour every back end must show. Each subclass runs this same suite against one back end
/// (a temporary SQLite file, a fresh PostgreSQL schema); a test that finds no back end returns early after
/// writing why (only outside CI: in CI a missing PostgreSQL fails the tests).
/// </summary>
public abstract partial class RunStoreContract(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<IRunStore> _opened = [];
    private IRunStore? _store;

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>False when the back end is not available here; the reason has been written to the output.</summary>
    protected bool Available { get; private set; }

    /// <summary>The store under test, opened on first use.</summary>
    protected IRunStore Store => _store ??= OpenStore();

    /// <summary>Makes an empty location for this test; false (after writing why) when the back end is not available.</summary>
    protected abstract Task<bool> PrepareLocationAsync();

    /// <summary>A new store instance at this test's location, with the real migrations or the given ones.</summary>
    private protected abstract SqlRunStore CreateStore(IReadOnlyList<Migration>? migrations = null);

    /// <summary>The migrations of this back end.</summary>
    private protected abstract IReadOnlyList<Migration> RealMigrations { get; }

    /// <summary>The <c>--store</c> value of this test's location, for other processes.</summary>
    protected abstract string Spec { get; }

    /// <summary>Runs raw SQL at this test's location on a connection of its own and returns the first column of the first row.</summary>
    protected abstract Task<object?> ScalarAsync(string sql);

    /// <summary>Whether a table exists at this test's location.</summary>
    protected abstract Task<bool> TableExistsAsync(string table);

    /// <summary>Removes what <see cref="PrepareLocationAsync"/> made.</summary>
    protected abstract Task CleanupAsync();

    /// <summary>A new store instance, closed at the end of the test.</summary>
    private protected SqlRunStore OpenStore(IReadOnlyList<Migration>? migrations = null)
    {
        var store = CreateStore(migrations);
        _opened.Add(store);
        return store;
    }

    protected async Task<long> CountAsync(string table) => Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM {table}"));

    public async Task InitializeAsync() => Available = await PrepareLocationAsync();

    public async Task DisposeAsync()
    {
        foreach (var store in _opened) await store.DisposeAsync();
        if (Available) await CleanupAsync();
    }
}
