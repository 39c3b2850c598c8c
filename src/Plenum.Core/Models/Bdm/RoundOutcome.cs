namespace Plenum.Core.Models.Bdm;

/// <summary>What one round produced: new positions (not yet snapped), the risk profile, and the offers.</summary>
/// <param name="Offers">Every offer made (only when full detail was asked for), in mover then proposer order.</param>
/// <param name="Accepted">For each actor, the offer it accepted, or null; empty when no table reads them (<c>bdm.detail=none</c>).</param>
/// <param name="Pairs">Pairwise expected utilities (only with full detail).</param>
internal sealed record RoundOutcome(
    double[] Positions,
    RiskProfile Risk,
    IReadOnlyList<Offer> Offers,
    Offer?[] Accepted,
    IReadOnlyList<PairUtilities> Pairs);
