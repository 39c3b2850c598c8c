namespace Plenum.Web.Services;

/// <summary>
/// A forecast waiting in or going through the queue. The page polls it for progress; once done, the run is in
/// the store and <see cref="Status"/> names its run id, so a closed browser loses nothing.
/// </summary>
public sealed class ForecastJob(ForecastRequest request, DateTimeOffset createdAt)
{
    private readonly Lock _gate = new();
    private string _state = "queued";
    private double _progress;
    private string _message = "waiting for a free worker";
    private long? _runId;

    public string Id { get; } = Guid.NewGuid().ToString("N");

    public ForecastRequest Request { get; } = request;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>A consistent snapshot for the status endpoint.</summary>
    public (string State, double Progress, string Message, long? RunId) Status
    {
        get { lock (_gate) return (_state, _progress, _message, _runId); }
    }

    public bool Finished { get { lock (_gate) return _state is "done" or "failed"; } }

    public void Report(double progress, string message)
    {
        lock (_gate)
        {
            _state = "running";
            _progress = Math.Clamp(progress, 0, 1);
            _message = message;
        }
    }

    public void Complete(long runId, string message)
    {
        lock (_gate)
        {
            _state = "done";
            _progress = 1;
            _runId = runId;
            _message = message;
        }
    }

    public void Fail(string message)
    {
        lock (_gate)
        {
            _state = "failed";
            _message = message;
        }
    }
}
