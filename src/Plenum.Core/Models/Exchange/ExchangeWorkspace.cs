namespace Plenum.Core.Models.Exchange;

/// <summary>
/// The large buffers of a round — candidates, rows, initial queue entries — kept from one round to the next of a
/// run, so a 200 × 30 run does not allocate (and the machine does not clear and map) some 200 MB per round; and the
/// number of threads a round may use. The result never depends on that number (rows and buckets are laid out and
/// merged in candidate order whatever the split).
/// </summary>
internal sealed class ExchangeWorkspace
{
    /// <param name="threads">Most threads a round uses (creation and recalculation); −1: as many as the runtime offers.</param>
    public ExchangeWorkspace(int threads = -1)
    {
        Parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Workers = new ChunkWorkers(threads);
    }

    /// <summary>The threads an execution's rows are recalculated on, when split.</summary>
    public ChunkWorkers Workers { get; }

    /// <summary>How parallel loops of the round run.</summary>
    public ParallelOptions Parallel { get; }

    /// <summary>Rounds with fewer candidates are created on one thread.</summary>
    public int ParallelCreationFrom { get; init; } = 20_000;

    /// <summary>
    /// Executions whose rows hold fewer entries to read recalculate them on one thread (the split would cost more than
    /// it saves). Counted after the supply rows have dropped, unread, the candidates whose target was reached.
    /// </summary>
    public int ParallelTouchFrom { get; init; } = 384;

    /// <summary>
    /// Whether a round's outcome carries the gains of its candidates at creation
    /// (<see cref="ExchangeRoundOutcome.InitialGains"/>, 17 MB a round at 200 × 30); the model's result does not use them.
    /// </summary>
    public bool KeepInitialGains { get; init; } = true;

    /// <summary>Whether the round runs on one thread only.</summary>
    public bool SingleThreaded => Parallel.MaxDegreeOfParallelism == 1;

    public CandidateStore State { get; } = new();
    public int[] SupplyItems = [];
    public int[] SupplyTargets = [];
    public double[] CreationGains = [];
    public GoneFlags Gone { get; } = new();
    public int[] DemandItems = [];
    public int[] QueueEntries = [];
    public ExchangeQueue.Entry[] OpenBucket = [];

    private readonly List<int[]> _bucketCounts = [];

    /// <summary>Creation slice <paramref name="slice"/>'s count per queue bucket key, all zero (kept: 128 KB each).</summary>
    public int[] BucketCounts(int slice)
    {
        while (_bucketCounts.Count <= slice) _bucketCounts.Add(new int[ExchangeQueue.BucketKeys]);
        var counts = _bucketCounts[slice];
        Array.Clear(counts);
        return counts;
    }

    /// <summary>An array of at least <paramref name="length"/> elements: <paramref name="buffer"/> when long enough, else a new one (contents undefined).</summary>
    public static T[] AtLeast<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = GC.AllocateUninitializedArray<T>(length);
        return buffer;
    }
}
