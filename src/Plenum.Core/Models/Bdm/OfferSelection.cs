namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Which of the offers an actor received it accepts (§6.2 of Scholz et al.; <see cref="OfferChoice"/>), decided
/// as the offers arrive so that a large round never stores them.
/// </summary>
/// <remarks>
/// Only offers that move the actor are eligible. Offers must be fed in proposer input order: a later offer
/// replaces the best only when strictly better, so ties go to the first proposer in input order.
/// </remarks>
internal struct OfferSelection(double[] positions, OfferChoice choice)
{
    private Offer? _confrontation, _compromise, _capitulation;
    private double _confrontationKey, _compromiseKey, _capitulationKey;

    /// <summary>Considers one more offer.</summary>
    public void Consider(in Offer offer)
    {
        if (!offer.Movable) return;
        if (choice == OfferChoice.HighestUtility)
        {
            if (_confrontation is not { } best || Better(offer, best)) _confrontation = offer;
            return;
        }
        var key = Key(offer);
        switch (offer.Kind)
        {
            case OfferKind.Confrontation when _confrontation is null || key < _confrontationKey:
                (_confrontation, _confrontationKey) = (offer, key);
                break;
            case OfferKind.Compromise when _compromise is null || key < _compromiseKey:
                (_compromise, _compromiseKey) = (offer, key);
                break;
            case OfferKind.Capitulation when _capitulation is null || key < _capitulationKey:
                (_capitulation, _capitulationKey) = (offer, key);
                break;
        }
    }

    /// <summary>The accepted offer: for the kind-first rules the best confrontation, else compromise, else capitulation.</summary>
    public readonly Offer? Accepted => _confrontation ?? _compromise ?? _capitulation;

    /// <summary>
    /// The Scholz code ranks compromises by the weighted value (|a|·x_i + |b|·x_j)/(|a| + |b|), a position rather
    /// than a distance; its author called it a probable mistake but it is what reproduces the published rounds.
    /// Confrontations and capitulations are ranked by |x_i − x_j|. The least-movement reading uses |x_i − x_new|.
    /// </summary>
    private readonly double Key(in Offer o)
    {
        var xi = positions[o.Mover];
        var xj = positions[o.Proposer];
        if (choice == OfferChoice.LeastMovement) return Math.Abs(xi - o.NewPosition);
        return ScholzKey(o.Kind, o.MoverUtility, o.ProposerUtility, xi, xj);
    }

    /// <summary>
    /// The Scholz-code choice's key within a kind (lower is better): the distance to the proposer, or for a
    /// compromise the |a|,|b|-weighted position.
    /// </summary>
    public static double ScholzKey(OfferKind kind, double moverUtility, double proposerUtility, double xi, double xj)
    {
        if (kind != OfferKind.Compromise) return Math.Abs(xi - xj);
        var a = Math.Abs(moverUtility);
        var b = Math.Abs(proposerUtility);
        return (a * xi + b * xj) / (a + b);
    }

    /// <summary>Highest proposer utility, then the least movement.</summary>
    private readonly bool Better(in Offer o, in Offer best) =>
        o.ProposerUtility > best.ProposerUtility
        || (o.ProposerUtility == best.ProposerUtility
            && Math.Abs(positions[o.Mover] - o.NewPosition) < Math.Abs(positions[best.Mover] - best.NewPosition));
}
