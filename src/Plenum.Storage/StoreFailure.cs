namespace Plenum.Storage;

/// <summary>What went wrong with the store, so the CLI can choose an exit code and the web app a status.</summary>
public enum StoreFailure
{
    /// <summary>The <c>--store</c> / <c>PLENUM_STORE</c> value cannot be used (bad connection string, folder cannot be created).</summary>
    InvalidLocation,

    /// <summary>The PostgreSQL server does not answer, or refuses the login, or the database does not exist.</summary>
    Unreachable,

    /// <summary>The file is not an SQLite database, is damaged, or holds some other application's tables.</summary>
    NotAStore,

    /// <summary>The store may be read but not written (read-only file or folder, missing privileges).</summary>
    ReadOnly,

    /// <summary>No space left on the disk that holds the store.</summary>
    DiskFull,

    /// <summary>The store was created or upgraded by a newer Plenum than this one.</summary>
    NewerSchema,

    /// <summary>A schema migration failed; it was rolled back and the store is unchanged.</summary>
    MigrationFailed,

    /// <summary>No run has the requested id.</summary>
    RunNotFound,

    /// <summary>No evidence document has the requested id, or a requested passage lies outside its text.</summary>
    DocumentNotFound,
}
