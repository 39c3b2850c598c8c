namespace Plenum.Storage;

/// <summary>Where the runs are kept.</summary>
public enum StoreBackend
{
    /// <summary>An embedded SQLite file; the default, needs no set-up.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, for a team sharing one store.</summary>
    Postgres,
}
