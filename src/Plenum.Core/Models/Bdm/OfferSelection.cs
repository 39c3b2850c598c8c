namespace Plenum.Core.Models.Bdm;

/// <summary>Which of the offers an actor received it accepts (§6.2 of Scholz et al.; <see cref="OfferChoice"/>).</summary>
/// <remarks>Only offers that move the actor are eligible. Ties go to the first proposer in input order.</remarks>
internal static class OfferSelection
{
    /// <summary>The index in <paramref name="offers"/> of the accepted offer, or −1.</summary>
    /// <param name="offers">The offers made to one mover, in the proposers' input order.</param>
    /// <param name="positions">Positions at the start of the round.</param>
    public static int Choose(IReadOnlyList<Offer> offers, double[] positions, OfferChoice choice)
    {
        if (offers.Count == 0) return -1;
        if (choice == OfferChoice.HighestUtility) return ByProposerUtility(offers, positions);
        foreach (var kind in (ReadOnlySpan<OfferKind>)[OfferKind.Confrontation, OfferKind.Compromise, OfferKind.Capitulation])
        {
            var best = -1;
            var bestKey = double.PositiveInfinity;
            for (var k = 0; k < offers.Count; k++)
            {
                var o = offers[k];
                if (o.Kind != kind || !o.Movable) continue;
                var key = Key(o, positions, choice);
                if (best < 0 || key < bestKey)
                {
                    best = k;
                    bestKey = key;
                }
            }
            if (best >= 0) return best;
        }
        return -1;
    }

    /// <summary>
    /// The Scholz code ranks compromises by the weighted value (|a|·x_i + |b|·x_j)/(|a| + |b|), a position rather
    /// than a distance; its author called it a probable mistake but it is what reproduces the published rounds.
    /// Confrontations and capitulations are ranked by |x_i − x_j|. The least-movement reading uses |x_i − x_new|.
    /// </summary>
    private static double Key(in Offer o, double[] positions, OfferChoice choice)
    {
        var xi = positions[o.Mover];
        var xj = positions[o.Proposer];
        if (choice == OfferChoice.LeastMovement) return Math.Abs(xi - o.NewPosition);
        if (o.Kind != OfferKind.Compromise) return Math.Abs(xi - xj);
        var a = Math.Abs(o.MoverUtility);
        var b = Math.Abs(o.ProposerUtility);
        return (a * xi + b * xj) / (a + b);
    }

    private static int ByProposerUtility(IReadOnlyList<Offer> offers, double[] positions)
    {
        var best = -1;
        for (var k = 0; k < offers.Count; k++)
        {
            var o = offers[k];
            if (!o.Movable) continue;
            if (best < 0) { best = k; continue; }
            var b = offers[best];
            if (o.ProposerUtility > b.ProposerUtility
                || (o.ProposerUtility == b.ProposerUtility
                    && Math.Abs(positions[o.Mover] - o.NewPosition) < Math.Abs(positions[b.Mover] - b.NewPosition)))
                best = k;
        }
        return best;
    }
}
