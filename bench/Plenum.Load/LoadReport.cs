using System.Globalization;
using System.Text;

namespace Plenum.Load;

/// <summary>One answered (or timed-out) request: what it was, how long it took, and its HTTP status.</summary>
/// <param name="Status">The HTTP status; <see cref="Timeout"/> or <see cref="Failed"/> when there was none.</param>
public readonly record struct Sample(RequestKind Kind, double Milliseconds, int Status)
{
    /// <summary>No answer within the request timeout.</summary>
    public const int Timeout = -1;

    /// <summary>The connection failed (refused, reset) without an HTTP status.</summary>
    public const int Failed = -2;
}

/// <summary>What a load run measured: every request, the server's memory before, at its peak, and after.</summary>
public sealed class LoadReport(IReadOnlyList<Sample> samples, TimeSpan duration, int users)
{
    public IReadOnlyList<Sample> Samples { get; } = samples;

    /// <summary>Resident memory before the load (KiB).</summary>
    public long BaselineKiB { get; set; }

    /// <summary>Highest resident memory sampled during the load (KiB).</summary>
    public long PeakKiB { get; set; }

    /// <summary>When the first reading after the load is taken: a few seconds after the server's idle trim can run.</summary>
    public static readonly TimeSpan EarlyAfter = TimeSpan.FromSeconds(10);

    /// <summary>Resident memory <see cref="EarlyAfter"/> after the load (KiB); 0 when the settle time is shorter.</summary>
    public long EarlyAfterKiB { get; set; }

    /// <summary>Resident memory after the settle time (KiB).</summary>
    public long AfterKiB { get; set; }

    /// <summary>How long after the load <see cref="AfterKiB"/> was read.</summary>
    public TimeSpan Settle { get; set; }

    /// <summary>True when the server still answered after the load.</summary>
    public bool AliveAfter { get; set; }

    public int Count(Func<int, bool> status) => Samples.Count(s => status(s.Status));

    public int ServerErrors => Count(s => s >= 500);

    public int Timeouts => Count(s => s == Sample.Timeout);

    public int ConnectionFailures => Count(s => s == Sample.Failed);

    public int Busy => Count(s => s == 429);

    /// <summary>The latency below which <paramref name="percent"/> % of the kind's answered requests fall (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>A Markdown table per kind and the totals, as docs/reliability.md shows them.</summary>
    public string Describe()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{users} users, {duration.TotalSeconds:0} s, {Samples.Count} requests, {Samples.Count / duration.TotalSeconds:0.0} requests/s");
        text.AppendLine("| kind | requests | p50 ms | p95 ms | p99 ms | max ms | 2xx/3xx | 429 | 4xx other | 5xx | timeouts | failed |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var kind in Enum.GetValues<RequestKind>())
        {
            var of = Samples.Where(s => s.Kind == kind).ToList();
            var answered = of.Where(s => s.Status > 0).Select(s => s.Milliseconds).Order().ToList();
            text.AppendLine(c, $"| {kind.ToString().ToLowerInvariant()} | {of.Count} | {Percentile(answered, 50):0} | {Percentile(answered, 95):0} | {Percentile(answered, 99):0} | {(answered.Count > 0 ? answered[^1] : double.NaN):0} | " +
                $"{of.Count(s => s.Status is >= 200 and < 400)} | {of.Count(s => s.Status == 429)} | {of.Count(s => s.Status is >= 400 and < 500 and not 429)} | " +
                $"{of.Count(s => s.Status >= 500)} | {of.Count(s => s.Status == Sample.Timeout)} | {of.Count(s => s.Status == Sample.Failed)} |");
        }
        var early = EarlyAfterKiB > 0 ? string.Create(c, $"{EarlyAfter.TotalSeconds:0} s after the load {EarlyAfterKiB / 1024.0:0} MiB, ") : "";
        text.AppendLine(c, $"server RSS: baseline {BaselineKiB / 1024.0:0} MiB, peak {PeakKiB / 1024.0:0} MiB, {early}{Settle.TotalSeconds:0} s after the load {AfterKiB / 1024.0:0} MiB; " +
            $"server {(AliveAfter ? "answered after the load" : "DID NOT ANSWER after the load")}");
        return text.ToString();
    }
}
