namespace Plenum.Storage;

/// <summary>
/// The store of runs: every forecast the CLI (or the web app) makes is saved here, so it can be listed, shown,
/// compared and exported later. <see cref="RunStores.Open(string?)"/> picks the back end (SQLite file or PostgreSQL).
/// </summary>
/// <remarks>
/// The schema is created or upgraded on first use, inside one transaction. Each run is written in a single
/// transaction: a process killed while saving leaves either the whole run or nothing. Instances are safe to use
/// from several threads; two processes may write to the same store at once. Failures the user can act on
/// (unreachable server, corrupt file, full disk, newer schema) arrive as <see cref="StoreException"/>.
/// </remarks>
public interface IRunStore : IAsyncDisposable
{
    /// <summary>Where the runs live, for messages: a file path or <c>postgresql://user@host:port/db</c>, never a password.</summary>
    string Location { get; }

    /// <summary>
    /// Connects and creates or upgrades the schema now instead of at the first operation. The first use of the
    /// store in a process costs far more than a save (loading the driver, compiling code); a caller that starts
    /// this alongside the model run pays only the save at the end.
    /// </summary>
    Task PrepareAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves a run and returns its id (ids grow with every save). <see cref="RunRecord.Id"/> is ignored.</summary>
    Task<long> SaveAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>The runs matching the query, newest first, without their result JSON.</summary>
    Task<IReadOnlyList<RunSummary>> ListAsync(RunQuery query, CancellationToken cancellationToken = default);

    /// <summary>One run with everything saved, or null when no run has this id.</summary>
    Task<RunRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a run; false when no run has this id.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);
}
