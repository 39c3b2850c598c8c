namespace Plenum.Core.Scenarios;

/// <summary>One policy dimension: a scale from <see cref="Low"/> to <see cref="High"/>, its labels and the status quo.</summary>
public sealed record Issue(
    string Id,
    string Name,
    double Low,
    double High,
    string? LowLabel,
    string? HighLabel,
    double? StatusQuo,
    SourceSpan Where)
{
    /// <summary>
    /// The distribution of the status quo when the scenario gives one (<c>status_quo: { value: 60, triangular: [45, 60, 75] }</c>);
    /// <see cref="StatusQuo"/> is its point value. Monte Carlo runs draw from it.
    /// </summary>
    public Distribution? StatusQuoUncertainty { get; init; }

    /// <summary>Length of the scale.</summary>
    public double Width => High - Low;
}
