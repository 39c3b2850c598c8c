using System.Diagnostics.CodeAnalysis;

namespace Plenum.Core.Models.Bdm;

/// <summary>What one round produced: new positions (not yet snapped), the risk profile, and the offers.</summary>
/// <remarks>
/// A workspace keeps one outcome and refills it every round (<see cref="Renew"/>), as it does the arrays it points to,
/// so a Monte Carlo round allocates none; callers read it before the next round is played.
/// </remarks>
internal sealed class RoundOutcome
{
    /// <param name="offers">Every offer made (only when full detail was asked for), in mover then proposer order.</param>
    /// <param name="accepted">For each actor, the offer it accepted, or null; empty when no table reads them (<c>bdm.detail=none</c>).</param>
    /// <param name="pairs">Pairwise expected utilities (only with full detail).</param>
    public RoundOutcome(double[] positions, RiskProfile risk, IReadOnlyList<Offer> offers, Offer?[] accepted, IReadOnlyList<PairUtilities> pairs) =>
        Renew(positions, risk, offers, accepted, pairs);

    /// <summary>The new positions, not yet snapped.</summary>
    public double[] Positions { get; private set; }

    /// <summary>The round's pass-1 risk profile.</summary>
    public RiskProfile Risk { get; private set; }

    /// <summary>Every offer made (only with full detail), in mover then proposer order.</summary>
    public IReadOnlyList<Offer> Offers { get; private set; }

    /// <summary>For each actor, the offer it accepted, or null; empty when no table reads them (<c>bdm.detail=none</c>).</summary>
    public Offer?[] Accepted { get; private set; }

    /// <summary>Pairwise expected utilities (only with full detail).</summary>
    public IReadOnlyList<PairUtilities> Pairs { get; private set; }

    /// <summary>Points the outcome at another round's results; returns it.</summary>
    [MemberNotNull(nameof(Positions), nameof(Risk), nameof(Offers), nameof(Accepted), nameof(Pairs))]
    public RoundOutcome Renew(double[] positions, RiskProfile risk, IReadOnlyList<Offer> offers, Offer?[] accepted, IReadOnlyList<PairUtilities> pairs)
    {
        Positions = positions;
        Risk = risk;
        Offers = offers;
        Accepted = accepted;
        Pairs = pairs;
        return this;
    }
}
