namespace Plenum.Core.Models.Bdm;

/// <summary><c>bdm.powers</c>: how the round's powers b^r are evaluated.</summary>
public enum PowerEvaluation
{
    /// <summary>
    /// e^(r·ln b), with ln b computed once per pair of positions and shared by every exponent
    /// (<see cref="SharedPowers"/>): results differ from <see cref="Math.Pow"/> in the last bits (a few parts in 10¹⁵).
    /// </summary>
    SharedLogarithms,

    /// <summary><see cref="Math.Pow"/> for every power: the results of earlier versions, bit for bit, at about twice the cost.</summary>
    Exact,
}
