namespace Plenum.Core.Models.Bdm;

/// <summary>
/// One round of the model (Scholz et al., Appendix steps 3–11): pass 1 sets the risk exponents, pass 2
/// classifies every ordered pair against the start-of-round positions, each actor accepts one offer, and all
/// moves happen at once.
/// </summary>
/// <remarks>
/// Cost: two support matrices (Θ(m·n) powers and Θ(m·(m + n)) additions each, m distinct positions) plus
/// Θ(n²) expected utilities; see <see cref="SupportMatrix"/>.
/// </remarks>
internal static class BdmRound
{
    /// <summary>Plays one round from <paramref name="positions"/> (snapped) with range ρ.</summary>
    public static RoundOutcome Play(BdmIssueInput input, double[] positions, double range, BdmOptions options, bool fullDetail)
    {
        var n = positions.Length;
        var weights = input.Weights;
        var saliences = input.Saliences;
        var medianVoter = options.Q == 1.0 ? double.NaN
            : options.MedianVoter == MedianVoterRule.WeightedMedian ? WeightedStatistics.Median(positions, weights)
            : WeightedStatistics.Mean(positions, weights);
        var utility = new ExpectedUtility(options.Q, options.T, medianVoter, range);

        var pass1 = SuccessProbability.Compute(options.Probability, positions, weights, null, range);
        var risk = RiskExponents.Compute(input, positions, pass1, utility, options.ResistingSalience);
        var r = risk.Exponent;
        var pass2 = options.Probability == ProbabilityRule.ScholzCode
            ? SuccessProbability.Compute(options.Probability, positions, weights, r, range)
            : pass1;
        var slots = pass2.Support.SlotOfActor;

        var next = (double[])positions.Clone();
        var accepted = new Offer?[n];
        var allOffers = new List<Offer>();
        var pairs = new List<PairUtilities>(fullDetail ? n * (n - 1) : 0);
        var received = new List<Offer>();
        var perceived = options.Perspective == EstimatePerspective.Perceived;
        var zero = options.UtilityTolerance;
        for (var i = 0; i < n; i++)
        {
            received.Clear();
            var xi = positions[i];
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                var xj = positions[j];
                if (xj == xi && !fullDetail) continue;
                var d = utility.Distance(xi, xj);
                var byMover = ExpectedUtility.Basic(r[i], d);
                var pij = pass2.Of(slots[i], slots[j]);
                var pji = pass2.Of(slots[j], slots[i]);
                var resisting = options.ResistingSalience == ResistingSalience.Target ? saliences[i] : saliences[j];
                var a = utility.Of(byMover, r[i], xi, xj, pij, saliences[j]);
                var bPerceived = utility.Of(byMover, r[i], xj, xi, pji, resisting);
                double bOwn = double.NaN, aByOther = double.NaN;
                if (!perceived || fullDetail)
                {
                    var byProposer = ExpectedUtility.Basic(r[j], d);
                    bOwn = utility.Of(byProposer, r[j], xj, xi, pji, resisting);
                    if (fullDetail) aByOther = utility.Of(byProposer, r[j], xi, xj, pij, saliences[j]);
                }
                if (fullDetail) pairs.Add(new PairUtilities(i, j, a, bPerceived, aByOther, bOwn));
                if (xj == xi) continue;
                var b = perceived ? bPerceived : bOwn;
                if (Math.Abs(a) < zero) a = 0;
                if (Math.Abs(b) < zero) b = 0;
                var offer = OfferClassifier.Classify(i, j, a, b, xi, xj, options);
                if (offer is { } o) received.Add(o);
            }
            var pick = OfferSelection.Choose(received, positions, options.OfferChoice);
            if (pick >= 0)
            {
                accepted[i] = received[pick];
                next[i] = received[pick].NewPosition;
            }
            if (fullDetail) allOffers.AddRange(received);
        }
        return new RoundOutcome(next, risk, allOffers, accepted, pairs);
    }
}
