using System.Collections.Concurrent;
using Plenum.Cluster.Contracts;

namespace Plenum.Cluster.Hosting;

/// <summary>
/// The sweeps a silo takes part in: each sweep's request, the partial folds of the batches this silo computed and
/// the batches it is computing. It is what lets a sweep outlive its coordinator: the coordinator's state is the
/// request plus which batches are done, and every done batch is held by the silo that computed it, so a new
/// coordinator on a surviving silo rebuilds the sweep from the survivors (see <see cref="Grains.ISweepLedgerGrain"/>).
/// It also computes each batch at most once at a time per silo: a batch asked for again (by a coordinator that
/// took over) waits for the computation already running or returns the held result.
/// </summary>
public sealed class SweepLedger(TimeProvider time)
{
    /// <summary>How long a finished sweep, or one nobody has touched, stays held.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Entry> _sweeps = new(StringComparer.Ordinal);

    /// <summary>Starts holding a sweep (again: later calls mark it as touched and record a takeover).</summary>
    public void Hold(string sweepId, SweepRequest request, DateTimeOffset started, int takeovers)
    {
        var entry = EntryFor(sweepId, request, started);
        lock (entry) entry.Takeovers = Math.Max(entry.Takeovers, takeovers);
    }

    /// <summary>
    /// The batch's partial fold: held already, being computed (waits for it), or computed now by
    /// <paramref name="compute"/> off the caller's scheduler. The sweep's cancellation token is passed on.
    /// </summary>
    public async Task<HeldBatch> RunOnceAsync(BatchWork work, Func<CancellationToken, Task<HeldBatch>> compute)
    {
        var entry = EntryFor(work.SweepId, work.Request, time.GetUtcNow());
        if (entry.Done.TryGetValue(work.Index, out var held)) return held;
        entry.Cancel.Token.ThrowIfCancellationRequested();
        var running = entry.Running.GetOrAdd(work.Index, _ => new Lazy<Task<HeldBatch>>(() => Task.Run(() => compute(entry.Cancel.Token))));
        try
        {
            held = await running.Value;
            entry.Done[work.Index] = held;
            return held;
        }
        finally
        {
            entry.Running.TryRemove(new KeyValuePair<int, Lazy<Task<HeldBatch>>>(work.Index, running));
            entry.Touch(time.GetUtcNow());
        }
    }

    /// <summary>Records the sweep's final state; a cancelled or failed sweep stops its computations here.</summary>
    public void Finish(string sweepId, SweepState state, SweepFailure failure, string? error)
    {
        if (!_sweeps.TryGetValue(sweepId, out var entry) || state == SweepState.Running) return;
        lock (entry)
        {
            if (entry.State != SweepState.Running) return;
            (entry.State, entry.Failure, entry.Error) = (state, failure, error);
        }
        entry.Touch(time.GetUtcNow());
        if (state != SweepState.Completed) entry.Cancel.Cancel();
    }

    /// <summary>What this silo holds of the sweep, or null.</summary>
    public SweepHolding? Get(string sweepId, string silo)
    {
        if (!_sweeps.TryGetValue(sweepId, out var entry)) return null;
        entry.Touch(time.GetUtcNow());
        var done = entry.Done.Values.OrderBy(b => b.Index).ToArray();
        var running = entry.Running.Keys.Where(i => !entry.Done.ContainsKey(i)).Order().ToArray();
        lock (entry) return new SweepHolding(silo, entry.Request, entry.Started, entry.State, entry.Failure, entry.Error, done, running, entry.Takeovers);
    }

    /// <summary>The held sweeps not known to be over: their coordinators are kept alive by <see cref="SweepKeeper"/>.</summary>
    public IReadOnlyList<string> Unfinished() => _sweeps.Where(kv => { lock (kv.Value) return kv.Value.State == SweepState.Running; }).Select(kv => kv.Key).ToList();

    /// <summary>Notes that the sweep's coordinator answered, so the sweep is still alive.</summary>
    public void Touch(string sweepId)
    {
        if (_sweeps.TryGetValue(sweepId, out var entry)) entry.Touch(time.GetUtcNow());
    }

    /// <summary>Drops the sweeps untouched for <see cref="Keep"/>: over long ago, or lost with every silo that knew them.</summary>
    public void Expire()
    {
        var now = time.GetUtcNow();
        foreach (var (id, entry) in _sweeps)
        {
            if (now - entry.LastTouched <= Keep || !entry.Running.IsEmpty) continue;
            // The token source is not disposed: a call that found the entry just before may still read its token.
            _sweeps.TryRemove(new KeyValuePair<string, Entry>(id, entry));
        }
    }

    private Entry EntryFor(string sweepId, SweepRequest request, DateTimeOffset started)
    {
        var entry = _sweeps.GetOrAdd(sweepId, _ => new Entry(request, started));
        entry.Touch(time.GetUtcNow());
        return entry;
    }

    private sealed class Entry(SweepRequest request, DateTimeOffset started)
    {
        public SweepRequest Request { get; } = request;
        public DateTimeOffset Started { get; } = started;
        public ConcurrentDictionary<int, HeldBatch> Done { get; } = new();
        public ConcurrentDictionary<int, Lazy<Task<HeldBatch>>> Running { get; } = new();
        public CancellationTokenSource Cancel { get; } = new();
        public SweepState State { get; set; } = SweepState.Running;
        public SweepFailure Failure { get; set; }
        public string? Error { get; set; }
        public int Takeovers { get; set; }
        private long _touchedTicks = started.UtcTicks;

        public DateTimeOffset LastTouched => new(Interlocked.Read(ref _touchedTicks), TimeSpan.Zero);

        public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _touchedTicks, now.UtcTicks);
    }
}
