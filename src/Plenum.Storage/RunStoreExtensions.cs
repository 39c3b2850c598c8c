namespace Plenum.Storage;

/// <summary>Operations built on <see cref="IRunStore"/> that every back end shares: compare and export.</summary>
public static class RunStoreExtensions
{
    /// <summary>Loads two runs for comparison.</summary>
    /// <exception cref="StoreException">Either run is missing (<see cref="StoreFailure.RunNotFound"/>).</exception>
    public static async Task<RunComparison> LoadForComparisonAsync(
        this IRunStore store, long leftId, long rightId, CancellationToken cancellationToken = default)
    {
        var left = await store.GetAsync(leftId, cancellationToken).ConfigureAwait(false) ?? throw NotFound(store, leftId);
        var right = await store.GetAsync(rightId, cancellationToken).ConfigureAwait(false) ?? throw NotFound(store, rightId);
        return new RunComparison(left, right);
    }

    /// <summary>The stored result JSON of a run, exactly as it was saved.</summary>
    /// <exception cref="StoreException">No run has this id (<see cref="StoreFailure.RunNotFound"/>).</exception>
    public static async Task<string> ExportAsync(this IRunStore store, long id, CancellationToken cancellationToken = default)
    {
        var run = await store.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw NotFound(store, id);
        return run.ResultJson;
    }

    private static StoreException NotFound(IRunStore store, long id) =>
        new(StoreFailure.RunNotFound, $"run {id} is not in the store {store.Location}; 'plenum runs' lists the saved runs");
}
