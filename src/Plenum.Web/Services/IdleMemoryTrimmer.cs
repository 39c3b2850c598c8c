using Microsoft.Extensions.Options;

namespace Plenum.Web.Services;

/// <summary>
/// Gives memory back to the machine once a burst of work is over. The garbage collector only runs when the program
/// allocates, so a server that goes quiet after a load keeps every page of heap the load used: 206 MiB a minute after
/// a load that started from 136 MiB (docs/reliability.md, "Load"). Once the server has allocated at least
/// <see cref="WebOptions.IdleTrimAfterMiB"/> (<see cref="BurstBytes"/> by default) since the last trim, answers no request, has no forecast queued or running, and none of that
/// for <see cref="WebOptions.IdleTrimSeconds"/>, this runs one blocking, compacting, aggressive full collection, which
/// compacts the heap and decommits the free regions (<see cref="GCCollectionMode.Aggressive"/>). It runs once per burst,
/// never while requests or forecasts are in progress, so it costs nothing under load; the pause falls on an idle server.
/// </summary>
public sealed partial class IdleMemoryTrimmer : BackgroundService
{
    /// <summary>
    /// Allocations since the last trim that make a burst worth trimming after, by default: a few requests allocate far less, a
    /// load or a Monte Carlo forecast far more. Below it there is too little garbage to give back for the pause.
    /// </summary>
    public const long BurstBytes = 64L * 1024 * 1024;

    /// <summary>How often the idle condition is looked at.</summary>
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly ServerActivity _activity;
    private readonly ForecastQueue _queue;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _idle;
    private readonly long _burst;
    private readonly Func<long> _allocated;
    private readonly Action _trim;
    private readonly ILogger<IdleMemoryTrimmer> _logger;
    private long _allocatedAtTrim;
    private DateTimeOffset _lastBusy;

    public IdleMemoryTrimmer(ServerActivity activity, ForecastQueue queue, TimeProvider clock, IOptions<WebOptions> options, ILogger<IdleMemoryTrimmer> logger)
        : this(activity, queue, clock, TimeSpan.FromSeconds(options.Value.IdleTrimSeconds), () => GC.GetTotalAllocatedBytes(), Compact, logger,
            Math.Max(1L, options.Value.IdleTrimAfterMiB) * 1024 * 1024)
    {
    }

    /// <summary>For tests: the allocation counter and the trim itself are given, so the decision can be checked alone.</summary>
    internal IdleMemoryTrimmer(ServerActivity activity, ForecastQueue queue, TimeProvider clock, TimeSpan idle, Func<long> allocated, Action trim,
        ILogger<IdleMemoryTrimmer> logger, long burst = BurstBytes)
    {
        _burst = burst;
        _activity = activity;
        _queue = queue;
        _clock = clock;
        _idle = idle;
        _allocated = allocated;
        _trim = trim;
        _logger = logger;
        _allocatedAtTrim = allocated();
        _lastBusy = clock.GetUtcNow();
    }

    /// <summary>How many times the memory was trimmed since the server started.</summary>
    public int Trims { get; private set; }

    /// <summary>Looks at the idle condition once and trims when it holds; true when it trimmed.</summary>
    internal bool Tick()
    {
        if (_idle <= TimeSpan.Zero) return false;
        var now = _clock.GetUtcNow();
        if (_activity.InFlight > 0 || _queue.HasUnfinishedJobs)
        {
            _lastBusy = now;
            return false;
        }
        var quietSince = _activity.LastActivity > _lastBusy ? _activity.LastActivity : _lastBusy;
        if (now - quietSince < _idle) return false;
        var allocated = _allocated() - _allocatedAtTrim;
        if (allocated < _burst) return false;

        var before = (Resident: Environment.WorkingSet, Heap: GC.GetGCMemoryInfo().TotalCommittedBytes);
        _trim();
        _allocatedAtTrim = _allocated();
        Trims++;
        Trimmed(_logger, Trims, allocated >> 20, before.Resident >> 20, Environment.WorkingSet >> 20, before.Heap >> 20, GC.GetGCMemoryInfo().TotalCommittedBytes >> 20);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_idle <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(Period, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Tick();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    // Blocking and compacting, as Aggressive requires: live objects move together and the emptied regions are decommitted.
    private static void Compact() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "idle memory trim {Trim}: idle after {AllocatedMiB} MiB of allocations; compacted the heap, resident memory {BeforeMiB} MiB -> {AfterMiB} MiB, committed heap {HeapBeforeMiB} MiB -> {HeapAfterMiB} MiB")]
    private static partial void Trimmed(ILogger logger, int trim, long allocatedMiB, long beforeMiB, long afterMiB, long heapBeforeMiB, long heapAfterMiB);
}
