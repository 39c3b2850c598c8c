namespace Plenum.Core.Scenarios;

/// <summary>
/// Finds inputs whose cited evidence is dated after the scenario's <c>as_of</c>: hindsight that a backtest must
/// not reward. Only sources with a <c>date</c> can be checked; the outcome section is exempt (it is meant to be later).
/// </summary>
public static class EvidenceDating
{
    /// <summary>One line per input supported by a source dated after <c>as_of</c>.</summary>
    public static IReadOnlyList<string> LaterThanAsOf(Scenario s)
    {
        if (s.AsOf is null || !DateOnly.TryParse(s.AsOf, System.Globalization.CultureInfo.InvariantCulture, out var asOf)) return [];
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var source in s.Sources)
            if (source.Date is not null && DateOnly.TryParse(source.Date, System.Globalization.CultureInfo.InvariantCulture, out var d)) dates[source.Id] = d;
        var flags = new List<string>();
        var links = s.Actors.SelectMany(a => a.Evidence.Select(e => (What: $"actor '{a.Id}'", e)))
            .Concat(s.Bodies.SelectMany(b => b.Evidence.Select(e => (What: $"body '{b.Id}'", e))))
            .Concat(s.Claims.SelectMany(c => c.Evidence.Select(e => (What: $"claim '{c.Id}'", e))));
        foreach (var (what, link) in links)
            if (dates.TryGetValue(link.SourceId, out var date) && date > asOf)
                flags.Add($"{s.Id}: {what} {link.Supports} cites source '{link.SourceId}' dated {date:yyyy-MM-dd}, after as_of {asOf:yyyy-MM-dd}");
        return flags;
    }
}
