namespace Plenum.Web;

/// <summary>
/// The settings of the web app, read from the <c>Plenum</c> configuration section (<c>--Plenum:Store=…</c>,
/// environment <c>Plenum__QueueCapacity</c>, or <c>plenum serve</c>'s options). Defaults suit one team on one machine.
/// </summary>
public sealed class WebOptions
{
    /// <summary>The store (same syntax as the CLI's <c>--store</c>); null means <c>PLENUM_STORE</c> or the default file.</summary>
    public string? Store { get; set; }

    /// <summary>Forecasts waiting to run at most; one more is refused with 429 so a burst never piles up unbounded work.</summary>
    public int QueueCapacity { get; set; } = 8;

    /// <summary>Forecasts run at once. Each Monte Carlo run already uses every core, so one is the sensible default.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>Largest uploaded scenario file in bytes; scenarios are text, 2 MB holds thousands of actors.</summary>
    public long MaxUploadBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Most Monte Carlo runs one web forecast may ask for, so no user occupies the queue for hours.</summary>
    public int MaxRuns { get; set; } = 20_000;

    /// <summary>Failed logins allowed per user name or client address within <see cref="LockoutMinutes"/> before refusing more.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a throttled user name or address waits.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Whether to write the HTML report (PNG and SVG charts) for each web run; tests turn it off for speed.</summary>
    public bool WriteReports { get; set; } = true;

    /// <summary>
    /// Seconds without requests or forecasts after a burst before the server compacts its heap and gives the memory
    /// back (<see cref="Services.IdleMemoryTrimmer"/>); 0 turns that off.
    /// </summary>
    public int IdleTrimSeconds { get; set; } = 5;

    /// <summary>MiB the server must have allocated since its last idle trim before it trims again (a burst worth the pause).</summary>
    public int IdleTrimAfterMiB { get; set; } = (int)(Services.IdleMemoryTrimmer.BurstBytes / (1024 * 1024));
}
