namespace Plenum.Core.Models.Bdm;

/// <summary>How an actor picks one offer among those it received (§6.2 of Scholz et al.).</summary>
public enum OfferChoice
{
    /// <summary>
    /// <c>scholz-code</c>: nearest confrontation; else the compromise with the lowest weighted value
    /// (|a|x_i + |b|x_j)/(|a| + |b|); else the nearest capitulation. Ties go to the first actor in input order.
    /// </summary>
    ScholzCode,

    /// <summary><c>least-movement</c>: confrontation, then compromise, then capitulation; within a kind, the least movement.</summary>
    LeastMovement,

    /// <summary><c>highest-utility</c>: the offer whose proposer has the highest expected utility, then the least movement.</summary>
    HighestUtility,
}
