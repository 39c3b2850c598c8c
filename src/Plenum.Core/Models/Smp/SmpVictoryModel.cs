namespace Plenum.Core.Models.Smp;

/// <summary>
/// How two coalition strengths C_ab and C_ba become the probability that a defeats b (KTAB's <c>VPModel</c>).
/// </summary>
public enum SmpVictoryModel
{
    /// <summary><c>linear</c> (default): C_ab / (C_ab + C_ba).</summary>
    Linear,
    /// <summary><c>square</c>: the same with squared strengths.</summary>
    Square,
    /// <summary><c>quartic</c>: the same with fourth powers.</summary>
    Quartic,
    /// <summary><c>octic</c>: the same with eighth powers.</summary>
    Octic,
    /// <summary><c>binary</c>: a 10 % advantage wins outright (1 against 10⁻⁶), linear interpolation below that.</summary>
    Binary,
}
