using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;
using Plenum.Cluster.Tests.Support;

namespace Plenum.Cluster.Tests;

public class SweepLedgerTest
{
    private static readonly SweepRequest Request = Requests.Bdm(runs: 2048, seed: 1);

    private static BatchWork Work(int index) => new(SweepProtocol.Version, "s1", index, index * 512, (index + 1) * 512, Request);

    [Fact]
    public async Task RunOnce_AskedTwiceWhileComputing_ComputesOnceAndHoldsIt()
    {
        var ledger = new SweepLedger(TimeProvider.System);
        var computations = 0;
        var gate = new TaskCompletionSource();
        async Task<HeldBatch> Compute(CancellationToken _)
        {
            Interlocked.Increment(ref computations);
            await gate.Task;
            return new HeldBatch(1, [1, 2, 3], 5);
        }

        var first = ledger.RunOnceAsync(Work(1), Compute);
        var second = ledger.RunOnceAsync(Work(1), Compute);
        await Task.Delay(50);
        var whileRunning = ledger.Get("s1", "here")!;
        gate.SetResult();
        var results = await Task.WhenAll(first, second);
        var third = await ledger.RunOnceAsync(Work(1), Compute);
        var held = ledger.Get("s1", "here")!;

        Assert.Equal(1, computations);
        Assert.Equal([1], whileRunning.Running);
        Assert.Same(results[0], results[1]);
        Assert.Same(results[0], third);
        Assert.Equal([1], held.Done.Select(d => d.Index));
        Assert.Empty(held.Running);
        Assert.Equal(Request, held.Request);
    }

    [Fact]
    public async Task Finish_Cancelled_CancelsTheRunningComputationAndIsReported()
    {
        var ledger = new SweepLedger(TimeProvider.System);
        var running = ledger.RunOnceAsync(Work(0), async cancel =>
        {
            await Task.Delay(Timeout.Infinite, cancel);
            return new HeldBatch(0, [], 0);
        });
        await Task.Delay(50);

        ledger.Finish("s1", SweepState.Cancelled, SweepFailure.None, "cancelled");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(SweepState.Cancelled, ledger.Get("s1", "here")!.State);
        Assert.Empty(ledger.Unfinished());
    }

    [Fact]
    public void Expire_UntouchedForHalfAnHour_Dropped()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-12-02T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var ledger = new SweepLedger(clock);
        ledger.Hold("old", Request, clock.GetUtcNow(), takeovers: 0);
        clock.Advance(TimeSpan.FromMinutes(20));
        ledger.Hold("new", Request, clock.GetUtcNow(), takeovers: 2);
        clock.Advance(TimeSpan.FromMinutes(11));

        ledger.Expire();

        Assert.Null(ledger.Get("old", "here"));
        Assert.Equal(2, ledger.Get("new", "here")!.Takeovers);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
