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
    /// <summary>Length of the scale.</summary>
    public double Width => High - Low;
}
