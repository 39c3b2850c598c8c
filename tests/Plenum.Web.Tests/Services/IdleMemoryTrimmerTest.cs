using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Plenum.Web.Services;

namespace Plenum.Web.Tests.Services;

/// <summary>
/// When the server gives memory back: once after a burst, when no request and no forecast has been in progress for the
/// idle time; never during a burst, never while a forecast waits or runs, and not again until the next burst. The
/// clock and the allocation counter are the test's, so the decision is checked without timing.
/// </summary>
public sealed class IdleMemoryTrimmerTest
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero));
    private readonly ServerActivity _activity;
    private readonly ForecastQueue _queue;
    private readonly IdleMemoryTrimmer _trimmer;
    private long _allocated = 1_000_000;
    private int _trims;

    public IdleMemoryTrimmerTest()
    {
        _activity = new ServerActivity(_clock);
        _queue = new ForecastQueue(Options.Create(new WebOptions { QueueCapacity = 4 }), _clock);
        _trimmer = new IdleMemoryTrimmer(_activity, _queue, _clock, Idle, () => _allocated, () => _trims++, NullLogger<IdleMemoryTrimmer>.Instance);
    }

    [Fact]
    public void Tick_IdleForTheDelayAfterABurst_TrimsOnceUntilTheNextBurst()
    {
        Burst(requests: 50);
        Pass(TimeSpan.FromSeconds(4));
        Assert.False(_trimmer.Tick());

        Pass(TimeSpan.FromSeconds(1));
        Assert.True(_trimmer.Tick());
        Assert.Equal(1, _trims);

        Pass(TimeSpan.FromMinutes(10));
        Assert.False(_trimmer.Tick());

        Burst(requests: 10);
        Pass(Idle);
        Assert.True(_trimmer.Tick());
        Assert.Equal(2, _trims);
    }

    [Fact]
    public void Tick_DuringABurstOfRequests_NeverTrims()
    {
        for (var second = 0; second < 120; second++)
        {
            Burst(requests: 5);
            Pass(TimeSpan.FromSeconds(1));
            Assert.False(_trimmer.Tick());
        }
        Assert.Equal(0, _trims);
    }

    [Fact]
    public void Tick_RequestInProgress_WaitsForItToEndAndThenTheIdleDelay()
    {
        Burst(requests: 20);
        _activity.Begin();
        Pass(TimeSpan.FromMinutes(5));
        Assert.False(_trimmer.Tick());

        _activity.End();
        Pass(TimeSpan.FromSeconds(4));
        Assert.False(_trimmer.Tick());
        Pass(TimeSpan.FromSeconds(1));
        Assert.True(_trimmer.Tick());
    }

    [Fact]
    public void Tick_ForecastQueuedOrRunning_WaitsUntilItFinishesAndThenTheIdleDelay()
    {
        Burst(requests: 3);
        var job = _queue.TryEnqueue(new ForecastRequest(1, 1, "", ["bdm"], 200, 7, [], new Dictionary<string, string>(), "anna"));
        Assert.NotNull(job);
        for (var second = 0; second < 60; second++)
        {
            Pass(TimeSpan.FromSeconds(1));
            _allocated += 10L * 1024 * 1024;
            Assert.False(_trimmer.Tick());
        }

        job!.Complete(42, "saved");
        Assert.False(_trimmer.Tick());
        Pass(TimeSpan.FromSeconds(4));
        Assert.False(_trimmer.Tick());
        Pass(TimeSpan.FromSeconds(1));
        Assert.True(_trimmer.Tick());
        Assert.Equal(1, _trims);
    }

    [Fact]
    public void Tick_IdleAfterFewAllocations_DoesNotTrim()
    {
        _activity.Begin();
        _allocated += IdleMemoryTrimmer.BurstBytes - 1;
        _activity.End();
        Pass(TimeSpan.FromMinutes(1));

        Assert.False(_trimmer.Tick());
        Assert.Equal(0, _trims);
    }

    [Fact]
    public void Tick_TurnedOff_NeverTrims()
    {
        var off = new IdleMemoryTrimmer(_activity, _queue, _clock, TimeSpan.Zero, () => _allocated, () => _trims++, NullLogger<IdleMemoryTrimmer>.Instance);
        Burst(requests: 50);
        Pass(TimeSpan.FromMinutes(1));

        Assert.False(off.Tick());
        Assert.Equal(0, _trims);
    }

    // Requests that begin and end at once, each allocating 4 MiB: together more than a burst's worth.
    private void Burst(int requests)
    {
        for (var i = 0; i < requests; i++)
        {
            _activity.Begin();
            _allocated += Math.Max(4L * 1024 * 1024, IdleMemoryTrimmer.BurstBytes / requests + 1);
            _activity.End();
        }
    }

    private void Pass(TimeSpan time) => _clock.Now += time;

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
