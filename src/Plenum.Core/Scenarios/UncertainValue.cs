namespace Plenum.Core.Scenarios;

/// <summary>
/// An input number: the point value models use, an optional distribution for Monte Carlo runs,
/// and whether it is an analyst's estimate rather than a figure read off a source.
/// </summary>
public sealed record UncertainValue(double Value, Distribution? Uncertainty = null, string? Note = null)
{
    /// <summary>A plain, certain number.</summary>
    public static UncertainValue Of(double value) => new(value);

    /// <summary>Returns this value with a new point value, keeping its uncertainty and note.</summary>
    public UncertainValue WithValue(double value) => this with { Value = value };

    /// <summary>Implicit conversion so tests and builders can write plain numbers.</summary>
    public static implicit operator UncertainValue(double value) => new(value);
}
