using System.Diagnostics.CodeAnalysis;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Finds the offer a mover accepts without storing the offers (<see cref="BdmRound"/> outside full detail): either
/// every proposer in input order, or, where the choice rule allows, the proposers nearest first, stopping at the
/// nearest confrontation. Both give the same offer to the last bit: the pruned search only skips pairs that
/// provably cannot be chosen, and every pair it does evaluate is computed exactly as in the full scan.
/// </summary>
/// <remarks>
/// Why the nearest-first search is exact. (1) With <c>bdm.offer-choice=scholz-code</c> or <c>least-movement</c> and
/// <c>bdm.conflict=move</c>, any confrontation beats every compromise and capitulation, and confrontations are
/// ranked by |x_i − x_j|, ties to the first proposer in input order; so once a confrontation is found at distance δ,
/// only proposers at distance δ can still matter, and the proposers at δ are at most two positions, visited together.
/// When no confrontation exists the search has met every offer; it replays them in proposer input order, which is
/// the order the selection's tie rule needs. (2) With Q = 1 every offer needs b ≥ the utility tolerance, and b has a
/// power-free upper bound (<see cref="UpperBound"/>); pairs it proves negative are skipped before any power.
/// </remarks>
internal static class OfferSearch
{
    /// <summary>Margin, far above the rounding error of b or of its bound, by which the bound must clear the tolerance.</summary>
    private const double Margin = 1e-13;

    /// <summary>Whether the nearest-first search gives the same choice as the full scan under these options.</summary>
    public static bool NearestFirstApplies(BdmOptions options, ExpectedUtility utility) =>
        utility.Q == 1.0
        && options.Conflict == ConflictOutcome.Move
        && options.OfferChoice is OfferChoice.ScholzCode or OfferChoice.LeastMovement;

    /// <summary>
    /// An upper bound on b = E(U_ji) with Q = 1, estimated with exponent r (0.5^r = <paramref name="halfPower"/>), at
    /// normalised distance d ≤ 1, k = s·(1 − P) the weight of failure; +∞ when d &gt; 1 (no bound).
    /// </summary>
    /// <remarks>
    /// b = 4·f(d) with f(d) = 0.5^r − k·(0.5 + 0.5d)^r − (1 − k)·(0.5 − 0.5d)^r and f(0) = 0. For r ≥ 1 the powers
    /// are convex in d, so f is concave and f(d) ≤ f′(0)·d = r·0.5^r·(1 − 2k)·d. For r ≤ 1 they are concave, f is
    /// convex on [0, 1] and f(d) ≤ d·f(1) = d·(0.5^r − k). At r = 1 both give (0.5 − k)·d.
    /// </remarks>
    public static double UpperBound(double r, double halfPower, double d, double k)
    {
        if (!(d <= 1)) return double.PositiveInfinity;
        var slope = r <= 1 ? halfPower - k : r * halfPower * (1 - 2 * k);
        return 4 * d * slope;
    }

    /// <summary>
    /// Distances (normalised, within [0, 1]) beyond which, or short of which, no proposer can make mover i an offer,
    /// when b is estimated with the mover's own exponent r and the mover's salience s resists (so that every b of this
    /// mover has the weight of failure k = s·(1 − P) ≥ <paramref name="leastFailureWeight"/>). Proposers at d ≤ Near or
    /// at Far ≤ d ≤ 1 have b below the utility tolerance. (0, +∞) when nothing is proven.
    /// </summary>
    /// <remarks>
    /// b decreases with k, so b ≤ 4·f(d) with f taken at the least k (see <see cref="UpperBound"/> for f). For r &lt; 1, f is
    /// convex with f(0) = 0, so one point d₁ with f(d₁) &lt; 0 proves f(d) ≤ (d/d₁)·f(d₁) &lt; 0 for every d ≤ d₁: the
    /// search bisects for the largest such d₁. For r ≥ 1, f is concave and f(d₁) &lt; 0 proves f(d) &lt; 0 for d ≥ d₁:
    /// it bisects for the smallest. Each step costs two powers; a point counts only when 4·f is below −<see cref="Margin"/>,
    /// so rounding cannot make it, and the caller applies the window only when the utility tolerance is at least
    /// <see cref="Margin"/>, so that b ≤ 0 is enough.
    /// </remarks>
    public static (double Near, double Far) NoOfferWindow(double r, double halfPower, double leastFailureWeight)
    {
        const int Steps = 30;
        var k = leastFailureWeight;
        bool Negative(double d) => 4 * (halfPower - k * Math.Pow(0.5 + 0.5 * d, r) - (1 - k) * Math.Pow(0.5 - 0.5 * d, r)) < -Margin;
        double low = 0, high = 1;
        if (r < 1)
        {
            if (Negative(1)) return (1, double.PositiveInfinity);
            for (var step = 0; step < Steps; step++)
            {
                var middle = 0.5 * (low + high);
                if (Negative(middle)) low = middle;
                else high = middle;
            }
            return (low, double.PositiveInfinity);
        }
        if (!Negative(1)) return (0, double.PositiveInfinity);
        for (var step = 0; step < Steps; step++)
        {
            var middle = 0.5 * (low + high);
            if (Negative(middle)) high = middle;
            else low = middle;
        }
        return (0, high);
    }

    /// <summary>Per-thread scratch of the search.</summary>
    internal sealed class Scratch
    {
        public MoverUtilityCache Cache { get; } = new();
        public List<Offer> Offers { get; } = [];
    }

    /// <summary>Everything a mover's offers depend on; <c>HalfPower</c> (0.5^r per actor) only for the nearest-first search, else empty.</summary>
    /// <remarks>
    /// <c>Logs</c>: the round's table of logarithms for <see cref="PowerEvaluation.SharedLogarithms"/> in small issues,
    /// else null. A workspace keeps one context and points it at each round's values (<see cref="Renew"/>), so that a
    /// round allocates none; it is read only while the round is played.
    /// </remarks>
    internal sealed class Context
    {
        public Context(BdmIssueInput input, double[] positions, BdmOptions options, ExpectedUtility utility,
            SuccessProbability probability, double[] exponent, double[] statusQuo, double[] halfPower, DistanceLogs? logs = null) =>
            Renew(input, positions, options, utility, probability, exponent, statusQuo, halfPower, logs);

        public BdmIssueInput Input { get; private set; }
        public double[] Positions { get; private set; }
        public BdmOptions Options { get; private set; }
        public ExpectedUtility Utility { get; private set; }
        public SuccessProbability Probability { get; private set; }
        public double[] Exponent { get; private set; }
        public double[] StatusQuo { get; private set; }
        public double[] HalfPower { get; private set; }
        public DistanceLogs? Logs { get; private set; }

        /// <summary>Points the context at another round's values; returns it.</summary>
        [MemberNotNull(nameof(Input), nameof(Positions), nameof(Options), nameof(Utility), nameof(Probability), nameof(Exponent),
            nameof(StatusQuo), nameof(HalfPower))]
        public Context Renew(BdmIssueInput input, double[] positions, BdmOptions options, ExpectedUtility utility,
            SuccessProbability probability, double[] exponent, double[] statusQuo, double[] halfPower, DistanceLogs? logs)
        {
            Input = input;
            Positions = positions;
            Options = options;
            Utility = utility;
            Probability = probability;
            Exponent = exponent;
            StatusQuo = statusQuo;
            HalfPower = halfPower;
            Logs = logs;
            return this;
        }
    }

    /// <summary>Every proposer in input order: the offer mover i accepts, or null.</summary>
    public static Offer? FullScan(int i, Context c, MoverUtilityCache cache)
    {
        var pair = new Pairs(i, c, cache, bound: false);
        var selection = new OfferSelection(c.Positions, c.Options.OfferChoice);
        var positions = c.Positions;
        var xi = positions[i];
        for (var j = 0; j < positions.Length; j++)
        {
            if (positions[j] == xi) continue; // j == i, or the same slot: no offer
            if (pair.Evaluate(j) is { } offer) selection.Consider(offer);
        }
        return selection.Accepted;
    }

    /// <summary>
    /// Proposers nearest first, stopping after the nearest confrontation; only when <see cref="NearestFirstApplies"/>.
    /// </summary>
    /// <param name="start">Where each slot's actors begin in <paramref name="members"/> (<see cref="PositionSlots.Start"/>).</param>
    /// <param name="members">The actors grouped by slot, input order within a slot (<see cref="PositionSlots.Members"/>).</param>
    public static Offer? NearestFirst(int i, Context c, int[] start, int[] members, Scratch scratch)
    {
        var pair = new Pairs(i, c, scratch.Cache, bound: true);
        var y = c.Probability.Support.Distinct;
        var m = y.Length;
        var p = c.Probability.Support.SlotOfActor[i];
        var xi = c.Positions[i];
        var offers = scratch.Offers;
        offers.Clear();
        Offer? nearest = null;
        var nearestDistance = double.PositiveInfinity;
        var (near, far) = Window(i, c, xi, y);
        var below = p - 1;
        var above = p + 1;
        while (below >= 0 || above < m)
        {
            var downward = below >= 0 ? Math.Abs(xi - y[below]) : double.PositiveInfinity;
            var upward = above < m ? Math.Abs(xi - y[above]) : double.PositiveInfinity;
            var distance = Math.Min(downward, upward);
            if (distance > nearestDistance) break;
            var d = distance / c.Utility.Range;
            if (d >= far) break;
            if (d <= near)
            {
                // No offer from this distance: step past it without evaluating.
                if (downward == distance) below--;
                if (upward == distance) above++;
                continue;
            }
            // The (at most two) positions at this distance; members come in input order within each.
            for (var side = 0; side < 2; side++)
            {
                int q;
                if (side == 0 && downward == distance) q = below--;
                else if (side == 1 && upward == distance) q = above++;
                else continue;
                for (var k = start[q]; k < start[q + 1]; k++)
                {
                    var j = members[k];
                    if (pair.Evaluate(j) is not { } offer) continue;
                    if (offer.Kind == OfferKind.Confrontation)
                    {
                        if (nearest is not { } found || j < found.Proposer) nearest = offer;
                        nearestDistance = distance;
                    }
                    else if (nearest is null) offers.Add(offer);
                }
            }
        }
        if (nearest is not null) return nearest;

        offers.Sort((a, b) => a.Proposer.CompareTo(b.Proposer));
        var selection = new OfferSelection(c.Positions, c.Options.OfferChoice);
        foreach (var offer in offers) selection.Consider(offer);
        return selection.Accepted;
    }

    /// <summary>
    /// <see cref="NoOfferWindow"/> for mover i when it applies: Q = 1 (checked by the caller), b estimated by the
    /// mover with its own salience resisting, a utility tolerance of at least <see cref="Margin"/>, and every proposer
    /// within the range ρ (d ≤ 1, where the bound holds).
    /// </summary>
    private static (double Near, double Far) Window(int i, Context c, double xi, double[] y)
    {
        var o = c.Options;
        if (o.Perspective != EstimatePerspective.Perceived || o.ResistingSalience != ResistingSalience.Target
            || !(o.UtilityTolerance >= Margin)
            || !(Math.Max(xi - y[0], y[^1] - xi) / c.Utility.Range <= 1))
            return (0, double.PositiveInfinity);
        var leastFailureWeight = c.Input.Saliences[i] * (1 - c.Probability.Largest);
        return NoOfferWindow(c.Exponent[i], c.HalfPower[i], leastFailureWeight);
    }

    /// <summary>The pairs (i moves, j proposes) for one mover: a and b, then the offer of Fig. 6, if any.</summary>
    private readonly ref struct Pairs
    {
        private readonly int _i;
        private readonly Context _c;
        private readonly MoverUtilityCache _cache;
        private readonly bool _bound;
        private readonly ReadOnlySpan<double> _forMover;
        private readonly ReadOnlySpan<double> _againstMover;
        private readonly double _xi;
        private readonly double _ri;
        private readonly bool _perceived;
        private readonly bool _targetResists;

        public Pairs(int i, Context c, MoverUtilityCache cache, bool bound)
        {
            _i = i;
            _c = c;
            _cache = cache;
            _bound = bound;
            var support = c.Probability.Support;
            var slot = support.SlotOfActor[i];
            _forMover = support.Row(slot);
            _againstMover = support.RowAgainst(slot);
            _xi = c.Positions[i];
            _ri = c.Exponent[i];
            _perceived = c.Options.Perspective == EstimatePerspective.Perceived;
            _targetResists = c.Options.ResistingSalience == ResistingSalience.Target;
            cache.Begin(support.Size, _ri, c.Options.Powers, c.Logs, slot);
        }

        /// <summary>
        /// The offer j makes to i, or null. Shortcuts that change no bit: a is computed only when b is positive (every
        /// offer needs b &gt; 0); with Q = 1, U_f alone may prove b negative (<see cref="ExpectedUtility.CertainlyNegative"/>),
        /// and with the bound on, <see cref="UpperBound"/> may prove it before any power; the mover's U_s and U_f are
        /// computed once per distinct proposer position (<see cref="MoverUtilityCache"/>).
        /// </summary>
        public Offer? Evaluate(int j)
        {
            var c = _c;
            var utility = c.Utility;
            var statusQuo = c.StatusQuo;
            var saliences = c.Input.Saliences;
            var i = _i;
            var xi = _xi;
            var ri = _ri;
            var xj = c.Positions[j];
            var sj = c.Probability.Support.SlotOfActor[j];
            var zero = c.Options.UtilityTolerance;
            var d = utility.Distance(xi, xj);
            var pji = c.Probability.Combine(_againstMover[sj], _forMover[sj]);
            // Perceived by the mover against the mover's own salience, b depends on j only through its position.
            double b;
            if (_perceived && _targetResists)
            {
                if (!_cache.TryProposal(sj, out b)) _cache.SetProposal(sj, b = Proposal(j, d, pji, saliences[i]));
            }
            else b = Proposal(j, d, pji, _targetResists ? saliences[i] : saliences[j]);
            if (!(b >= zero)) return null;
            var pij = c.Probability.Combine(_forMover[sj], _againstMover[sj]);
            var byMover = new BasicUtilities(_cache.Success(sj, d), _cache.Failure(sj, d), statusQuo[i]);
            var a = utility.Of(byMover, ri, xi, xj, pij, saliences[j]);
            if (Math.Abs(a) < zero) a = 0;
            return OfferClassifier.Classify(i, j, a, b, xi, xj, c.Options);
        }

        /// <summary>b = E(U_ji), or NaN when it is proven below the tolerance before it is computed.</summary>
        private double Proposal(int j, double d, double pji, double resisting)
        {
            var c = _c;
            var utility = c.Utility;
            var statusQuo = c.StatusQuo;
            var zero = c.Options.UtilityTolerance;
            var settle = utility.Q == 1.0;
            var i = _i;
            var xi = _xi;
            var ri = _ri;
            var xj = c.Positions[j];
            var sj = c.Probability.Support.SlotOfActor[j];
            if (settle)
            {
                var estimator = _perceived ? i : j;
                if (_bound)
                {
                    if (UpperBound(c.Exponent[estimator], c.HalfPower[estimator], d, resisting * (1 - pji)) < zero - Margin) return double.NaN;
                }
                else if (ExpectedUtility.CertainlyNegativeWithoutPowers(c.Exponent[estimator], d, statusQuo[estimator], resisting, pji))
                {
                    return double.NaN; // the same kind of power-free proof for small issues, where HalfPower is not computed
                }
            }
            double b;
            if (_perceived)
            {
                var failure = _cache.Failure(sj, d);
                if (settle && ExpectedUtility.CertainlyNegative(ri, d, failure, statusQuo[i], resisting, pji)) return double.NaN;
                b = utility.Of(new BasicUtilities(_cache.Success(sj, d), failure, statusQuo[i]), ri, xj, xi, pji, resisting);
            }
            else
            {
                var rj = c.Exponent[j];
                var failure = ExpectedUtility.Failure(rj, d);
                if (settle && ExpectedUtility.CertainlyNegative(rj, d, failure, statusQuo[j], resisting, pji)) return double.NaN;
                b = utility.Of(new BasicUtilities(ExpectedUtility.Success(rj, d), failure, statusQuo[j]), rj, xj, xi, pji, resisting);
            }
            return b;
        }
    }
}
