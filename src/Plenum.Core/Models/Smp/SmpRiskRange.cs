namespace Plenum.Core.Models.Smp;

/// <summary>
/// The range onto which the chance of each actor's position winning is mapped to give its risk attitude R
/// (KTAB's <c>BigRRange</c>); the most likely position always gets R = 1 (most risk-averse).
/// </summary>
public enum SmpRiskRange
{
    /// <summary><c>min</c>: R = (p − p_min)/(p_max − p_min), in [0, 1].</summary>
    Min,
    /// <summary><c>mid</c> (default): R = (3p − p_max − 2p_min)/(2(p_max − p_min)), in [−½, 1].</summary>
    Mid,
    /// <summary><c>max</c>: R = (2p − p_max − p_min)/(p_max − p_min), in [−1, 1].</summary>
    Max,
}
