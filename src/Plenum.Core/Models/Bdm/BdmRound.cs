namespace Plenum.Core.Models.Bdm;

/// <summary>
/// One round of the model (Scholz et al., Appendix steps 3–11): pass 1 sets the risk exponents, pass 2
/// classifies every ordered pair against the start-of-round positions, each actor accepts one offer, and all
/// moves happen at once.
/// </summary>
/// <remarks>
/// Cost: pass 1 in closed form (<see cref="LinearSupport"/>, Θ(m·(m + n)) additions, m distinct positions), pass 2's
/// support matrix (Θ(m·n) powers, <see cref="SupportMatrix"/>), and at most Θ(n²) expected utilities for the offers,
/// far fewer from 128 actors where <see cref="OfferSearch"/> searches nearest first. Movers are independent within a
/// round, so large issues spread them over threads without changing any result.
/// </remarks>
internal static class BdmRound
{
    /// <summary>Plays one round from <paramref name="positions"/> (snapped) with range ρ.</summary>
    /// <param name="workspace">Buffers reused from round to round. The outcome's positions and risk profile live in
    /// them: they stay valid until the round after next (the new positions) or the next round (everything else).</param>
    /// <param name="nearestFirst">Whether to search offers nearest first where that is exact (<see cref="OfferSearch"/>);
    /// null: from <see cref="Parallelism.Threshold"/> actors on. Tests compare both searches.</param>
    /// <param name="byPositionScan">Whether small issues under the default readings use <see cref="PositionScan"/> (null: yes)
    /// instead of <see cref="OfferSearch.FullScan"/>; both give the same offers.</param>
    public static RoundOutcome Play(BdmIssueInput input, double[] positions, double range, BdmOptions options, bool fullDetail,
        BdmWorkspace workspace, bool? nearestFirst = null, bool? byPositionScan = null)
    {
        var n = positions.Length;
        var weights = input.Weights;
        var medianVoter = options.Q == 1.0 ? double.NaN
            : options.MedianVoter == MedianVoterRule.WeightedMedian ? WeightedStatistics.Median(positions, weights)
            : WeightedStatistics.Mean(positions, weights);
        var utility = workspace.Utility(options.Q, options.T, medianVoter, range);

        var (risk, pass2) = RiskAndProbabilities(input, positions, range, options, utility, workspace);
        var statusQuo = workspace.Round.StatusQuo.Of(n);
        for (var i = 0; i < n; i++) statusQuo[i] = ExpectedUtility.StatusQuo(risk.Exponent[i]);

        var next = workspace.Round.After(positions);
        positions.CopyTo(next, 0);
        // Only the tables read the accepted offers; a Monte Carlo draw (bdm.detail=none) keeps just the moves.
        var accepted = fullDetail || options.Detail != DetailLevel.None ? new Offer?[n] : null;
        var searchNearestFirst = !fullDetail && (nearestFirst ?? n >= Parallelism.Threshold) && OfferSearch.NearestFirstApplies(options, utility);
        var halfPower = searchNearestFirst ? workspace.Round.HalfPower.Of(n) : [];
        for (var i = 0; i < halfPower.Length; i++) halfPower[i] = Math.Pow(0.5, risk.Exponent[i]);
        var distinct = pass2.Support.Distinct;
        var logs = options.Powers == PowerEvaluation.SharedLogarithms && distinct.Length < Parallelism.Threshold
            ? workspace.Logs.Fill(distinct, utility)
            : null;
        var context = workspace.Offers is { } kept
            ? kept.Renew(input, positions, options, utility, pass2, risk.Exponent, statusQuo, halfPower, logs)
            : workspace.Offers = new OfferSearch.Context(input, positions, options, utility, pass2, risk.Exponent, statusQuo, halfPower, logs);
        // Tests compare the position scan with the full scan (byPositionScan: false).
        var byPosition = (byPositionScan ?? true) && PositionScan.Applies(options, utility);
        if (fullDetail)
        {
            var received = new List<Offer>[n];
            var pairs = new List<PairUtilities>[n];
            for (var i = 0; i < n; i++)
            {
                var offers = new List<Offer>();
                var rows = new List<PairUtilities>(n);
                var selection = new OfferSelection(positions, options.OfferChoice);
                DetailedOffers(i, context, ref selection, offers, rows);
                Accept(i, selection.Accepted, accepted, next);
                received[i] = offers;
                pairs[i] = rows;
            }
            return new RoundOutcome(next, risk, received.SelectMany(o => o).ToList(), accepted!, pairs.SelectMany(p => p).ToList());
        }

        if (searchNearestFirst)
        {
            var slots = pass2.Support.Slots;
            if (n < Parallelism.Threshold)
            {
                var scratch = workspace.Search;
                for (var i = 0; i < n; i++) Accept(i, OfferSearch.NearestFirst(i, context, slots.Start, slots.Members, scratch), accepted, next);
            }
            else NearestFirstInParallel(context, slots.Start, slots.Members, accepted, next);
        }
        else if (n < Parallelism.Threshold)
        {
            if (byPosition)
            {
                workspace.Scan.BeginRound();
                for (var i = 0; i < n; i++) Accept(i, workspace.Scan.Accepted(i, context), accepted, next);
            }
            else
                for (var i = 0; i < n; i++) Accept(i, OfferSearch.FullScan(i, context, workspace.Movers), accepted, next);
        }
        else FullScanInParallel(context, accepted, next);
        return workspace.Outcome is { } outcome
            ? outcome.Renew(next, risk, [], accepted ?? [], [])
            : workspace.Outcome = new RoundOutcome(next, risk, [], accepted ?? [], []);
    }

    /// <summary>The nearest-first search of a large issue, movers spread over the cores (each writes only its own cells).</summary>
    /// <remarks>Kept out of <see cref="Play"/> so that small issues do not allocate the lambda's captured state every round.</remarks>
    private static void NearestFirstInParallel(OfferSearch.Context context, int[] start, int[] members, Offer?[]? accepted, double[] next) =>
        Parallel.For(0, next.Length, () => new OfferSearch.Scratch(), (i, _, scratch) =>
        {
            Accept(i, OfferSearch.NearestFirst(i, context, start, members, scratch), accepted, next);
            return scratch;
        }, _ => { });

    /// <summary>The full scan of a large issue, movers spread over the cores.</summary>
    private static void FullScanInParallel(OfferSearch.Context context, Offer?[]? accepted, double[] next) =>
        Parallel.For(0, next.Length, () => new MoverUtilityCache(), (i, _, cache) =>
        {
            Accept(i, OfferSearch.FullScan(i, context, cache), accepted, next);
            return cache;
        }, _ => { });

    /// <summary>Records where mover i goes; i writes only its own cells.</summary>
    private static void Accept(int i, Offer? choice, Offer?[]? accepted, double[] next)
    {
        if (choice is not { } pick) return;
        if (accepted is not null) accepted[i] = pick;
        next[i] = pick.NewPosition;
    }

    /// <summary>
    /// Pass 1 (all exponents 1) gives the risk profile; pass 2 recomputes P with the voters' exponents when the rule
    /// uses them. The Scholz code's pass 1 needs no matrix (<see cref="LinearSupport"/>); the per-pair rules use
    /// one matrix for both passes.
    /// </summary>
    private static (RiskProfile Risk, SuccessProbability Pass2) RiskAndProbabilities(BdmIssueInput input, double[] positions, double range,
        BdmOptions options, ExpectedUtility utility, BdmWorkspace workspace)
    {
        if (options.Probability != ProbabilityRule.ScholzCode)
        {
            var pass1 = SuccessProbability.Compute(options.Probability, positions, input.Weights, null, range, workspace);
            return (RiskExponents.Compute(input, positions, pass1, utility, options.ResistingSalience, workspace), pass1);
        }
        // Both passes read the same sorted voters: the round sorts its positions once.
        var slots = workspace.Slots.Fill(positions);
        // Pass 2's matrix and the offers read the same table of distance logarithms (small issues, shared logarithms).
        if (options.Powers == PowerEvaluation.SharedLogarithms && slots.Size < Parallelism.Threshold) workspace.Logs.Fill(slots.Distinct, utility);
        var linear = workspace.Linear.Prepare(slots, input.Weights, range);
        var risk = RiskExponents.Compute(input, positions, linear, utility, options.ResistingSalience, workspace);
        return (risk, SuccessProbability.Compute(options.Probability, slots, input.Weights, risk.Exponent, range, workspace, options.Powers));
    }

    /// <summary>
    /// Feeds the offers made to mover i, in proposer input order, to its selection, and lists them with i's row of
    /// pairwise utilities (full detail). <see cref="OfferSearch.FullScan"/> is the same computation without the lists.
    /// </summary>
    private static void DetailedOffers(int i, OfferSearch.Context c, ref OfferSelection selection, List<Offer>? offers, List<PairUtilities>? rows)
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
