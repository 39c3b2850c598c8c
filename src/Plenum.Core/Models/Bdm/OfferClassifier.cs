namespace Plenum.Core.Models.Bdm;

/// <summary>Classifies an ordered pair (i moves, j proposes) into the regions of Scholz et al.'s Fig. 6.</summary>
/// <remarks>
/// With a = E(i challenges j) and b = E(j challenges i): confrontation when 0 &lt; a &lt; b (i moves to x_j);
/// compromise when a &lt; 0 &lt; b and |a| &lt; b (i moves part way, eq. 36); capitulation when a &lt; 0 &lt; b and
/// |a| &gt; b (i moves to x_j, only with <c>bdm.capitulation</c>). Every other region is one where j cannot move
/// i (i has the upper hand, or stalemate), so it yields no offer to i. The text's "E^j(U_ji) &lt; 0" for the
/// compromise region is read as &gt; 0, as Fig. 6 and symmetry require.
/// </remarks>
internal static class OfferClassifier
{
    /// <summary>The offer j makes to i, or null.</summary>
    public static Offer? Classify(int mover, int proposer, double a, double b, double xMover, double xProposer, BdmOptions options)
    {
        switch (Region(a, b, options.Capitulation))
        {
            case OfferKind.Confrontation:
            {
                var moves = options.Conflict == ConflictOutcome.Move;
                return new Offer(mover, proposer, OfferKind.Confrontation, a, b, moves ? xProposer : xMover, moves);
            }
            case OfferKind.Compromise:
            {
                var position = options.Compromise == CompromiseRule.Fraction
                    ? xMover + (xProposer - xMover) * Math.Abs(a / b)
                    : (Math.Abs(a) * xMover + Math.Abs(b) * xProposer) / (Math.Abs(a) + Math.Abs(b));
                return new Offer(mover, proposer, OfferKind.Compromise, a, b, position, true);
            }
            case OfferKind.Capitulation:
                return new Offer(mover, proposer, OfferKind.Capitulation, a, b, xProposer, true);
            default:
                return null;
        }
    }

    /// <summary>The region of Fig. 6 the pair (a, b) lies in, or null where j cannot move i.</summary>
    /// <param name="capitulation">Whether capitulations are offers (<c>bdm.capitulation</c>).</param>
    public static OfferKind? Region(double a, double b, bool capitulation)
    {
        if (b > a && a > 0) return OfferKind.Confrontation;
        if (b > 0 && a < 0 && b > Math.Abs(a)) return OfferKind.Compromise;
        if (capitulation && b > 0 && a < 0 && b < Math.Abs(a)) return OfferKind.Capitulation;
        return null;
    }
}
