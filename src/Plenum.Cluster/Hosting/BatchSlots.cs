namespace Plenum.Cluster.Hosting;

/// <summary>
/// The batch workers of one silo: at most <see cref="Workers"/> batches compute at once, each on one thread,
/// so a silo uses the cores it was given and the coordinator can count them.
/// </summary>
public sealed class BatchSlots(int workers)
{
    private readonly SemaphoreSlim _slots = new(workers, workers);

    /// <summary>Batches this silo computes at once.</summary>
    public int Workers { get; } = workers;

    /// <summary>Waits for a free worker.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    /// <summary>Frees a worker.</summary>
    public void Release() => _slots.Release();
}
