namespace Plenum.Web.Services;

/// <summary>
/// Whether the server is busy with requests: how many are being answered now and when the last one began or
/// ended. Fed by a middleware at the front of the pipeline; read by <see cref="IdleMemoryTrimmer"/>, which must
/// know that a burst is over before it gives memory back.
/// </summary>
public sealed class ServerActivity(TimeProvider clock)
{
    private int _inFlight;
    private long _lastTicks = clock.GetUtcNow().UtcTicks;

    /// <summary>Requests being answered now (a long-lived event stream counts until it closes).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>When a request last began or ended.</summary>
    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    /// <summary>A request begins.</summary>
    public void Begin()
    {
        Interlocked.Increment(ref _inFlight);
        Touch();
    }

    /// <summary>A request ended (answered, failed or aborted).</summary>
    public void End()
    {
        Interlocked.Decrement(ref _inFlight);
        Touch();
    }

    private void Touch() => Interlocked.Exchange(ref _lastTicks, clock.GetUtcNow().UtcTicks);
}
