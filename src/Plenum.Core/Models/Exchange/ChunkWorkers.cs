using System.Runtime.ExceptionServices;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// Runs the chunks of one execution's rows (<see cref="ExchangeRound"/>) on the calling thread and on pooled
/// helper threads. A round forks and joins some 10,000 times, each time for ~100 µs of work; <c>Parallel.For</c>
/// allocates its loop state at every call (~60 MB over 10 rounds of 200 × 30), this allocates nothing: the helpers
/// are this one object queued on the thread pool, and they claim chunks from one shared counter.
/// </summary>
/// <remarks>
/// The counter holds a generation (which call of <see cref="Run"/>) in its high half and the next chunk in its low
/// half, and a chunk is claimed by a compare-and-swap on it, so a helper that starts late — after its call ended —
/// can only claim chunks of the call in progress, whose work and chunk count were published before the counter.
/// The caller works too and returns once every chunk is done; a helper that never starts costs nothing.
/// </remarks>
internal sealed class ChunkWorkers : IThreadPoolWorkItem
{
    private readonly int _helpers;
    private Action<int> _work = static _ => { };
    private int _chunks;
    private long _claim;
    private int _done;
    private int _queued;
    private Exception? _failure;

    /// <param name="threads">Most threads to use, the caller's included; −1: one per processor.</param>
    public ChunkWorkers(int threads)
    {
        _helpers = Math.Max(0, (threads < 0 ? Environment.ProcessorCount : threads) - 1);
    }

    /// <summary>Whether there is any helper to share the work with.</summary>
    public bool CanSplit => _helpers > 0;

    /// <summary>Runs <paramref name="work"/> for every chunk 0 … <paramref name="chunks"/> − 1, in any order, on any of the threads.</summary>
    public void Run(int chunks, Action<int> work)
    {
        _work = work;
        _chunks = chunks;
        _done = 0;
        _failure = null;
        var generation = (Volatile.Read(ref _claim) >> 32) + 1;
        Volatile.Write(ref _claim, generation << 32);
        for (var wanted = Math.Min(_helpers, chunks - 1); Volatile.Read(ref _queued) < wanted; )
        {
            Interlocked.Increment(ref _queued);
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
        Work(generation);
        var spin = new SpinWait();
        while (Volatile.Read(ref _done) < chunks) spin.SpinOnce();
        if (_failure is { } failure) ExceptionDispatchInfo.Throw(failure);
    }

    void IThreadPoolWorkItem.Execute()
    {
        Interlocked.Decrement(ref _queued);
        Work(Volatile.Read(ref _claim) >> 32);
    }

    private void Work(long generation)
    {
        while (true)
        {
            var seen = Volatile.Read(ref _claim);
            if (seen >> 32 != generation) return;
            var next = (int)(seen & 0xFFFF_FFFF);
            if (next >= _chunks) return;
            if (Interlocked.CompareExchange(ref _claim, seen + 1, seen) != seen) continue;
            try
            {
                _work(next);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, e, null);
            }
            finally
            {
                Interlocked.Increment(ref _done);
            }
        }
    }
}
