namespace Plenum.Core.Models.Bdm;

/// <summary>Where an actor that accepts a compromise moves (eqs. 35–36).</summary>
public enum CompromiseRule
{
    /// <summary><c>fraction</c>: x_i + (x_j − x_i)·|a/b|, the distance times the ratio of the expected utilities.</summary>
    Fraction,

    /// <summary><c>weighted-average</c>: (|a|·x_i + |b|·x_j) / (|a| + |b|).</summary>
    WeightedAverage,
}
