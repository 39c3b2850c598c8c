namespace Plenum.Web.Services;

/// <summary>
/// A forecast waiting in or going through the queue. Its progress is pushed to the page (Server-Sent Events) and
/// can be polled; once done, the run is in the store and <see cref="Status"/> names its run id, so a closed
/// browser loses nothing.
/// </summary>
public sealed class ForecastJob(ForecastRequest request, DateTimeOffset createdAt)
{
    private readonly Lock _gate = new();
    private string _state = "queued";
    private double _progress;
    private string _message = "waiting for a free worker";
    private string _phase = "queued";
    private int _runsDone;
    private long? _runId;
    private long _version;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = Guid.NewGuid().ToString("N");

    public ForecastRequest Request { get; } = request;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>A consistent snapshot for the status endpoint.</summary>
    public (string State, double Progress, string Message, long? RunId) Status
    {
        get { lock (_gate) return (_state, _progress, _message, _runId); }
    }

    /// <summary>
    /// Everything the live progress shows, with a version that grows on every change, so a listener can wait
    /// for the next change without missing one (<see cref="WaitForChangeAsync"/>).
    /// </summary>
    public JobSnapshot Snapshot
    {
        get { lock (_gate) return new(_version, _state, _progress, _message, _phase, _runsDone, Request.Runs, _runId); }
    }

    public bool Finished { get { lock (_gate) return _state is "done" or "failed"; } }

    /// <summary>Progress of a step that is not counted in runs (reading, sensitivity, report).</summary>
    public void Report(double progress, string message) => Report(progress, message, null, null);

    /// <summary>Progress within a phase (a model id, or a step such as "sensitivity"), with the Monte Carlo runs done so far.</summary>
    /// <remarks>
    /// Ignored once the job is done or failed: a progress report that arrives late (from another thread) must not
    /// turn a finished job back into a running one, or its page would wait for a "done" that already went by.
    /// </remarks>
    public void Report(double progress, string message, string? phase, int? runsDone)
    {
        lock (_gate)
        {
            if (_state is "done" or "failed") return;
            _state = "running";
            _progress = Math.Clamp(progress, 0, 1);
            _message = message;
            if (phase is not null) _phase = phase;
            if (runsDone is { } done) _runsDone = done;
            Changed();
        }
    }

    public void Complete(long runId, string message)
    {
        lock (_gate)
        {
            _state = "done";
            _phase = "done";
            _progress = 1;
            _runsDone = Request.Runs;
            _runId = runId;
            _message = message;
            Changed();
        }
    }

    /// <summary>Ends the job as failed with <paramref name="message"/>; a job already done stays done.</summary>
    public void Fail(string message)
    {
        lock (_gate)
        {
            if (_state is "done") return;
            _state = "failed";
            _phase = "failed";
            _message = message;
            Changed();
        }
    }

    /// <summary>Completes when the job has changed since <paramref name="seenVersion"/> (at once if it already has).</summary>
    public Task WaitForChangeAsync(long seenVersion, CancellationToken ct)
    {
        Task changed;
        lock (_gate)
        {
            if (_version != seenVersion) return Task.CompletedTask;
            changed = _changed.Task;
        }
        return changed.WaitAsync(ct);
    }

    /// <summary>Called under the lock: a new version, and every waiter woken.</summary>
    private void Changed()
    {
        _version++;
        var woken = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        woken.TrySetResult();
    }
}

/// <summary>One moment of a forecast job, as the live progress shows it.</summary>
/// <param name="Version">Grows on every change.</param>
/// <param name="State">queued, running, done or failed.</param>
/// <param name="Progress">0–1 over the whole job.</param>
/// <param name="Message">What is happening, in words.</param>
/// <param name="Phase">The model running (its id), or a step: queued, reading, sensitivity, report, done, failed.</param>
/// <param name="RunsDone">Monte Carlo runs finished in the current model.</param>
/// <param name="RunsTotal">Monte Carlo runs per model.</param>
/// <param name="RunId">The saved run, once done.</param>
public sealed record JobSnapshot(long Version, string State, double Progress, string Message, string Phase, int RunsDone, int RunsTotal, long? RunId);
