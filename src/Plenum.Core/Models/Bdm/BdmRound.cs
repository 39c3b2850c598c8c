namespace Plenum.Core.Models.Bdm;

/// <summary>
/// One round of the model (Scholz et al., Appendix steps 3–11): pass 1 sets the risk exponents, pass 2
/// classifies every ordered pair against the start-of-round positions, each actor accepts one offer, and all
/// moves happen at once.
/// </summary>
/// <remarks>
/// Cost: two support matrices (Θ(m·n) powers and Θ(m·(m + n)) additions each, m distinct positions) plus
/// Θ(n²) expected utilities; see <see cref="SupportMatrix"/>. Movers are independent within a round, so large
/// issues spread them over threads without changing any result.
/// </remarks>
internal static class BdmRound
{
    /// <summary>Plays one round from <paramref name="positions"/> (snapped) with range ρ.</summary>
    public static RoundOutcome Play(BdmIssueInput input, double[] positions, double range, BdmOptions options, bool fullDetail)
    {
        var n = positions.Length;
        var weights = input.Weights;
        var medianVoter = options.Q == 1.0 ? double.NaN
            : options.MedianVoter == MedianVoterRule.WeightedMedian ? WeightedStatistics.Median(positions, weights)
            : WeightedStatistics.Mean(positions, weights);
        var utility = new ExpectedUtility(options.Q, options.T, medianVoter, range);

        var (risk, pass2) = RiskAndProbabilities(input, positions, range, options, utility);
        var statusQuo = new double[n];
        for (var i = 0; i < n; i++) statusQuo[i] = ExpectedUtility.StatusQuo(risk.Exponent[i]);

        var next = (double[])positions.Clone();
        var accepted = new Offer?[n];
        var received = new List<Offer>[n];
        var pairs = new List<PairUtilities>[n];
        var context = new MoverContext(input, positions, options, utility, pass2, risk.Exponent, statusQuo, fullDetail);
        var body = (int i) =>
        {
            var offers = fullDetail ? new List<Offer>() : null;
            var rows = fullDetail ? new List<PairUtilities>(n) : null;
            var selection = new OfferSelection(positions, options.OfferChoice);
            Offers(i, context, ref selection, offers, rows);
            if (selection.Accepted is { } pick)
            {
                accepted[i] = pick;
                next[i] = pick.NewPosition;
            }
            if (fullDetail)
            {
                received[i] = offers!;
                pairs[i] = rows!;
            }
        };
        if (fullDetail) for (var i = 0; i < n; i++) body(i);
        else Parallelism.For(n, body);

        return new RoundOutcome(next, risk, fullDetail ? received.SelectMany(o => o).ToList() : [], accepted,
            fullDetail ? pairs.SelectMany(p => p).ToList() : []);
    }

    /// <summary>Pass 1 (all exponents 1) gives the risk profile; pass 2 recomputes P with the voters' exponents when the rule uses them.</summary>
    private static (RiskProfile Risk, SuccessProbability Pass2) RiskAndProbabilities(BdmIssueInput input, double[] positions, double range,
        BdmOptions options, ExpectedUtility utility)
    {
        var pass1 = SuccessProbability.Compute(options.Probability, positions, input.Weights, null, range);
        var risk = RiskExponents.Compute(input, positions, pass1, utility, options.ResistingSalience);
        if (options.Probability != ProbabilityRule.ScholzCode) return (risk, pass1);
        pass1 = null!;
        return (risk, SuccessProbability.Compute(options.Probability, positions, input.Weights, risk.Exponent, range));
    }

    /// <summary>Everything the offers to one mover depend on.</summary>
    private sealed record MoverContext(BdmIssueInput Input, double[] Positions, BdmOptions Options, ExpectedUtility Utility,
        SuccessProbability Probability, double[] Exponent, double[] StatusQuo, bool FullDetail);

    /// <summary>Feeds the offers made to mover i, in proposer input order, to its selection; with full detail also lists them and i's row of pairwise utilities.</summary>
    /// <remarks>
    /// The hot loop of a large round (n² pairs, two powers each). Every region of Fig. 6 that yields an offer to i
    /// needs b &gt; 0, so a is only computed when b is positive, unless full detail asks for every utility.
    /// </remarks>
    private static void Offers(int i, MoverContext c, ref OfferSelection selection, List<Offer>? offers, List<PairUtilities>? rows)
    {
        var positions = c.Positions;
        var saliences = c.Input.Saliences;
        var r = c.Exponent;
        var probability = c.Probability;
        var slots = probability.Support.SlotOfActor;
        var perceived = c.Options.Perspective == EstimatePerspective.Perceived;
        var targetResists = c.Options.ResistingSalience == ResistingSalience.Target;
        var zero = c.Options.UtilityTolerance;
        var xi = positions[i];
        var ri = r[i];
        var si = slots[i];
        var forMover = probability.Support.Row(si);
        var againstMover = probability.Support.RowAgainst(si);
        for (var j = 0; j < positions.Length; j++)
        {
            if (j == i) continue;
            var xj = positions[j];
            if (xj == xi && rows is null) continue;
            var sj = slots[j];
            var d = c.Utility.Distance(xi, xj);
            var byMover = ExpectedUtility.Basic(ri, d, c.StatusQuo[i]);
            var pji = si == sj ? 0 : probability.Combine(againstMover[sj], forMover[sj]);
            var resisting = targetResists ? saliences[i] : saliences[j];
            double b;
            var byProposer = default(BasicUtilities);
            if (perceived) b = c.Utility.Of(byMover, ri, xj, xi, pji, resisting);
            else
            {
                byProposer = ExpectedUtility.Basic(r[j], d, c.StatusQuo[j]);
                b = c.Utility.Of(byProposer, r[j], xj, xi, pji, resisting);
            }
            if (rows is null && !(b >= zero)) continue;
            var pij = si == sj ? 0 : probability.Combine(forMover[sj], againstMover[sj]);
            var a = c.Utility.Of(byMover, ri, xi, xj, pij, saliences[j]);
            if (rows is not null)
            {
                if (perceived) byProposer = ExpectedUtility.Basic(r[j], d, c.StatusQuo[j]);
                var bPerceived = perceived ? b : c.Utility.Of(byMover, ri, xj, xi, pji, resisting);
                var bOwn = perceived ? c.Utility.Of(byProposer, r[j], xj, xi, pji, resisting) : b;
                var aByOther = c.Utility.Of(byProposer, r[j], xi, xj, pij, saliences[j]);
                rows.Add(new PairUtilities(i, j, a, bPerceived, aByOther, bOwn));
                if (xj == xi) continue;
            }
            if (Math.Abs(a) < zero) a = 0;
            if (Math.Abs(b) < zero) b = 0;
            if (OfferClassifier.Classify(i, j, a, b, xi, xj, c.Options) is { } offer)
            {
                selection.Consider(offer);
                offers?.Add(offer);
            }
        }
    }
}
