using Plenum.Storage.Sql;

namespace Plenum.Storage;

/// <summary>
/// Verifies a store after a crash, a disk problem or a restore: the engine's own consistency checks, the schema
/// version, and that every run was written whole (its row, its result and all its model rows).
/// </summary>
/// <remarks>The check only reads: it never creates or upgrades the schema, so it is safe on a damaged store.</remarks>
public static class StoreChecks
{
    /// <summary>Checks <paramref name="store"/> (opened with <see cref="RunStores.Open(string?)"/>).</summary>
    /// <exception cref="StoreException">The store cannot be reached at all (server down, login refused).</exception>
    public static Task<StoreCheckReport> CheckAsync(IRunStore store, CancellationToken cancellationToken = default) => store switch
    {
        SqlRunStore sql => sql.CheckAsync(cancellationToken),
        _ => throw new ArgumentException($"{store.GetType().Name} cannot be checked; open the store with RunStores.Open", nameof(store)),
    };
}
