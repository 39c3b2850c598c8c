using System.Runtime.CompilerServices;
using Plenum.Storage.Postgres;
using Plenum.Storage.Sqlite;

namespace Plenum.Storage.Evidence;

/// <summary>
/// Opens the evidence store at the same place as the runs: <c>--store</c>, else <c>PLENUM_STORE</c>, else
/// <c>$PLENUM_HOME/plenum.db</c> (see <see cref="RunStores"/>). One schema holds both; opening either upgrades it.
/// </summary>
public static class EvidenceStores
{
    /// <summary>Opens the evidence store named by <paramref name="spec"/>, else by <c>PLENUM_STORE</c>, else the default file.</summary>
    /// <exception cref="StoreException">The value cannot be used (<see cref="StoreFailure.InvalidLocation"/>).</exception>
    public static IEvidenceStore Open(string? spec = null) => Open(RunStores.Resolve(spec));

    /// <summary>Opens the evidence store at an already resolved location.</summary>
    public static IEvidenceStore Open(StoreLocation location) => location.Backend switch
    {
        StoreBackend.Postgres => OpenPostgres(location),
        _ => OpenSqlite(location),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IEvidenceStore OpenPostgres(StoreLocation location) => new PostgresEvidenceStore(new PostgresRunStore(location));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IEvidenceStore OpenSqlite(StoreLocation location) => new SqliteEvidenceStore(new SqliteRunStore(location));
}
