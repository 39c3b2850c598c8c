namespace Plenum.Load;

/// <summary>What a load run does: how many virtual users, for how long, and the forecasts they ask for.</summary>
/// <param name="Users">Virtual users, each a closed loop (the next request when the last one answered).</param>
/// <param name="Duration">How long the users send requests.</param>
/// <param name="Timeout">A request not answered within this counts as a timeout.</param>
/// <param name="Model">The model of each API forecast.</param>
/// <param name="Runs">Monte Carlo runs of each API forecast.</param>
/// <param name="Seed">Seeds the users' choices, so two runs send the same mix.</param>
/// <param name="OpenWithForecast">Every user's first request is a forecast: as many forecasts arrive at once as
/// there are users, so a queue smaller than that must refuse some with 429 (what the short test relies on).</param>
public sealed record LoadOptions(int Users, TimeSpan Duration, TimeSpan Timeout, string Model = "bdm", int Runs = 20, int Seed = 1929,
    bool OpenWithForecast = false)
{
    /// <summary>
    /// The share of each kind of request in a user's loop, in percent: page views, searches (the runs list with
    /// an offset and the scenario list), forecasts queued through the API, job polls, and fresh sign-ins.
    /// </summary>
    public static readonly IReadOnlyList<(RequestKind Kind, int Percent)> Mix =
    [
        (RequestKind.Page, 35),
        (RequestKind.Search, 25),
        (RequestKind.Forecast, 20),
        (RequestKind.Job, 10),
        (RequestKind.Login, 10),
    ];
}

/// <summary>The kinds of request the load generator sends; the report gives latency percentiles per kind.</summary>
public enum RequestKind
{
    /// <summary>A page as a browser signed in with the cookie asks for it (overview, runs, scenario).</summary>
    Page,

    /// <summary>An API listing: runs (limit 20 at a random offset) or scenarios.</summary>
    Search,

    /// <summary>An API forecast: 202 queued or 429 when the queue is full.</summary>
    Forecast,

    /// <summary>An API poll of a queued forecast's job.</summary>
    Job,

    /// <summary>A fresh sign-in through the login form (its GET and its POST; password hashing included).</summary>
    Login,
}
