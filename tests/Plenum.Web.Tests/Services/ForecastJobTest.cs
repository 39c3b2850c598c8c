using Plenum.Web.Services;

namespace Plenum.Web.Tests.Services;

/// <summary>
/// A finished job stays finished: a progress report that arrives after the end (a late report from another thread)
/// once turned a done job back into "running", and its page waited for a "done" that had already gone by.
/// </summary>
public sealed class ForecastJobTest
{
    private readonly ForecastJob _job = new(
        new ForecastRequest(1, 2, "id: x", ["bdm"], 20, 1, [], new Dictionary<string, string>(), "anna"),
        new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Report_AfterComplete_IsIgnored_AndWakesNoListener()
    {
        _job.Report(0.5, "bdm: 10 of 20 runs", "bdm", 10);
        _job.Complete(7, "saved as run 7");
        var done = _job.Snapshot;

        var listener = _job.WaitForChangeAsync(done.Version, CancellationToken.None);
        _job.Report(0.9, "bdm: 20 of 20 runs", "bdm", 20);
        _job.Report(0.95, "writing the report");

        Assert.Equal(done, _job.Snapshot);
        Assert.Equal(("done", 1.0, "saved as run 7", (long?)7), _job.Status);
        Assert.Equal("done", _job.Snapshot.Phase);
        Assert.True(_job.Finished);
        Assert.False(listener.IsCompleted);
    }

    [Fact]
    public void Report_AfterFail_IsIgnored()
    {
        _job.Report(0.2, "bdm: 4 of 20 runs", "bdm", 4);
        _job.Fail("the scenario no longer validates");
        _job.Report(0.3, "bdm: 6 of 20 runs", "bdm", 6);

        var s = _job.Snapshot;
        Assert.Equal(("failed", "failed", "the scenario no longer validates", 4), (s.State, s.Phase, s.Message, s.RunsDone));
        Assert.True(_job.Finished);
    }

    [Fact]
    public void Fail_AfterComplete_KeepsTheSavedRun()
    {
        _job.Complete(9, "saved as run 9");
        _job.Fail("the server stopped before the forecast finished; run it again");

        Assert.Equal(("done", 1.0, "saved as run 9", (long?)9), _job.Status);
    }

    [Fact]
    public void Report_WhileRunning_ChangesStateAndVersion()
    {
        var queued = _job.Snapshot;
        _job.Report(0.25, "bdm: 5 of 20 runs", "bdm", 5);

        var s = _job.Snapshot;
        Assert.Equal(("queued", "running"), (queued.State, s.State));
        Assert.Equal(queued.Version + 1, s.Version);
        Assert.Equal(("bdm", 5, 20, 0.25), (s.Phase, s.RunsDone, s.RunsTotal, s.Progress));
    }
}
