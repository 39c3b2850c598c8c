using System.Runtime.Intrinsics;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// <see cref="OfferSearch.FullScan"/> for the default readings (Q = 1, b perceived by the mover, the mover's salience
/// resisting) in issues below <see cref="Parallelism.Threshold"/> actors: the same offers, to the last bit, with every
/// quantity that depends on the proposer only through its position computed once per position in straight loops.
/// </summary>
/// <remarks>
/// Under these readings the proposer's b = E^i(U_ji) depends on j only through its position, and so do the mover's
/// U_s and U_f, P(i, j) and P(j, i); only a (through s_j) and the offer itself are per proposer. The full scan
/// reaches the same numbers through a per-position cache and skips pairs whose b its power-free bounds prove
/// negative; here every position's b is computed (with shared logarithms its powers cost one exponential each), and a pair whose b is below the tolerance is skipped just the same. The unpredictable branches
/// of those bounds cost a small issue more than the powers they spare. Not thread-safe: one per issue run, and
/// <see cref="BeginRound"/> before each round's movers (rows kept per position are valid for one round).
/// </remarks>
internal sealed class PositionScan
{
    private (double[] Distance, double[] Challenge, double[] Defence)?[] _slotRows = [];
    private int[] _slotRound = [];
    private int _round = 1;
    private double[] _success = [];
    private double[] _failure = [];
    private double[] _proposal = [];
    private double[] _powers = [];

    /// <summary>Whether the scan applies: the readings under which b depends on the proposer's position alone.</summary>
    public static bool Applies(BdmOptions options, ExpectedUtility utility) =>
        utility.Q == 1.0
        && options.Perspective == EstimatePerspective.Perceived
        && options.ResistingSalience == ResistingSalience.Target;

    /// <summary>The offer mover i accepts, or null: <see cref="OfferSearch.FullScan"/>'s answer.</summary>
    public Offer? Accepted(int i, OfferSearch.Context c)
    {
        var support = c.Probability.Support;
        var y = support.Distinct;
        var m = y.Length;
        var slots = support.SlotOfActor;
        var slot = slots[i];
        var positions = c.Positions;
        var utility = c.Utility;
        var xi = positions[i];
        var ri = c.Exponent[i];
        var statusQuo = c.StatusQuo[i];
        var saliences = c.Input.Saliences;
        var zero = c.Options.UtilityTolerance;
        Ensure(m);
        var (distance, challenge, defence) = SlotRow(slot, m, c);
        if (CertainlyNoOffer(slot, m, ri, statusQuo, saliences[i], zero, distance, challenge)) return null;
        Powers(m, slot, ri, c, distance);
        Proposals(m, challenge, saliences[i], statusQuo);
        for (var q = m & ~3; q < m; q++)
            _proposal[q] = utility.Of(new BasicUtilities(_success[q], _failure[q], statusQuo), ri, y[q], xi, challenge[q], saliences[i]);

        if (c.Options.OfferChoice == OfferChoice.ScholzCode) return ScholzChoice(i, c, slots, xi, ri, statusQuo, zero, defence);
        var selection = new OfferSelection(positions, c.Options.OfferChoice);
        for (var j = 0; j < positions.Length; j++)
        {
            var xj = positions[j];
            if (xj == xi) continue; // j == i, or the same slot: no offer
            var q = slots[j];
            var b = _proposal[q];
            if (!(b >= zero)) continue;
            var a = utility.Of(new BasicUtilities(_success[q], _failure[q], statusQuo), ri, xi, xj, defence[q], saliences[j]);
            if (Math.Abs(a) < zero) a = 0;
            if (OfferClassifier.Classify(i, j, a, b, xi, xj, c.Options) is { } offer) selection.Consider(offer);
        }
        return selection.Accepted;
    }

    /// <summary>
    /// Whether no proposer can make the mover at <paramref name="slot"/> an offer, proved from the probabilities and
    /// the exponent alone, before any power: then neither offers loop would keep a proposer (in a Monte Carlo draw of
    /// the 1929 scenario about half the movers). A false answer settles nothing.
    /// </summary>
    /// <remarks>
    /// With Q = 1, x = 0.5 − 0.5d, y = 0.5 + 0.5d and k = s·(1 − P) (s the mover's salience, P the challenge's
    /// probability), b = 4·(A − k·B) with A = 0.5^r − x^r and B = y^r − x^r &gt; 0 for d in (0, 1]. A ≤ G·B with
    /// G = 1/2 when r ≥ 1 (t^r is convex, so its rise over [x, 0.5] is at most that over [0.5, y]) and G = 0.5^r when
    /// r &lt; 1 (with a = 1 − d the claim is 2^r − (2 − a)^r ≤ (2^r − 1)·a^r; the left side is convex in a and 0 at
    /// a = 0, so at most its chord (2^r − 1)·a, and a^r ≥ a). So k &gt; G makes b negative in exact arithmetic, whatever
    /// d. G is taken with a margin of 1e-9 (0.5^r from U_sq = 2 − 4·0.5^r), and the computed b, within about 1e-14
    /// of the exact one (terms of magnitude at most 4), then stays below a tolerance of at least 1e-13; only then is
    /// the answer yes. Positions outside the range (d &gt; 1) are not proved.
    /// </remarks>
    internal static bool CertainlyNoOffer(int slot, int m, double r, double statusQuo, double salience, double zero, double[] distance, double[] challenge)
    {
        if (!(zero >= 1e-13) || !(r > 0)) return false;
        var ceiling = (r >= 1 ? 0.5 : (2 - statusQuo) / 4) + 1e-9;
        for (var q = 0; q < m; q++)
            if (q != slot && !(distance[q] <= 1 && salience * (1 - challenge[q]) > ceiling)) return false;
        return true;
    }

    /// <summary>
    /// The offers loop under <see cref="OfferChoice.ScholzCode"/>: <see cref="OfferClassifier.Region"/> and
    /// <see cref="OfferSelection.ScholzKey"/> on the numbers alone (strictly better replaces, so the first in input
    /// order wins, as in <see cref="OfferSelection"/>; a kind is taken only when no preferred kind has an offer), and
    /// only the winner made an <see cref="Offer"/>, by the classifier itself: the same offer, without building and
    /// copying one per proposer. The pair's a and b are computed as in <see cref="Accepted"/>'s loop, in locals,
    /// because this is the hot loop of a Monte Carlo draw.
    /// </summary>
    private Offer? ScholzChoice(int i, OfferSearch.Context c, int[] slots, double xi, double ri, double statusQuo, double zero, double[] defence)
    {
        var positions = c.Positions;
        var saliences = c.Input.Saliences;
        var utility = c.Utility;
        var options = c.Options;
        // A confrontation the loser does not move in is no offer (not movable), and no other kind either.
        var moves = options.Conflict == ConflictOutcome.Move;
        int confrontation = -1, compromise = -1, capitulation = -1;
        double confrontationKey = 0, compromiseKey = 0, capitulationKey = 0;
        double confrontationA = 0, compromiseA = 0, capitulationA = 0;
        for (var j = 0; j < positions.Length; j++)
        {
            var xj = positions[j];
            if (xj == xi) continue; // j == i, or the same slot: no offer
            var q = slots[j];
            var b = _proposal[q];
            if (!(b >= zero)) continue;
            var a = utility.Of(new BasicUtilities(_success[q], _failure[q], statusQuo), ri, xi, xj, defence[q], saliences[j]);
            if (Math.Abs(a) < zero) a = 0;
            switch (OfferClassifier.Region(a, b, options.Capitulation))
            {
                case OfferKind.Confrontation when moves:
                    Keep(j, a, OfferSelection.ScholzKey(OfferKind.Confrontation, a, b, xi, xj), ref confrontation, ref confrontationKey, ref confrontationA);
                    break;
                case OfferKind.Compromise:
                    Keep(j, a, OfferSelection.ScholzKey(OfferKind.Compromise, a, b, xi, xj), ref compromise, ref compromiseKey, ref compromiseA);
                    break;
                case OfferKind.Capitulation:
                    Keep(j, a, OfferSelection.ScholzKey(OfferKind.Capitulation, a, b, xi, xj), ref capitulation, ref capitulationKey, ref capitulationA);
                    break;
            }
        }
        var (winner, winnerA) = confrontation >= 0 ? (confrontation, confrontationA)
            : compromise >= 0 ? (compromise, compromiseA)
            : (capitulation, capitulationA);
        if (winner < 0) return null;
        return OfferClassifier.Classify(i, winner, winnerA, _proposal[slots[winner]], xi, positions[winner], options);
    }

    /// <summary>Keeps proposer j as the best of its kind when its key is strictly lower (ties: the first in input order).</summary>
    private static void Keep(int j, double a, double key, ref int best, ref double bestKey, ref double bestA)
    {
        if (best >= 0 && !(key < bestKey)) return;
        (best, bestKey, bestA) = (j, key, a);
    }

    /// <summary>
    /// The mover's position's distances to every position, P(challenger there beats the mover) and P(mover beats a
    /// target there): they depend on the mover only through its position, so movers sharing a position share them
    /// (computed for the first, in the same expressions, within a round).
    /// </summary>
    private (double[] Distance, double[] Challenge, double[] Defence) SlotRow(int slot, int m, OfferSearch.Context c)
    {
        if (_slotRound.Length < m) _slotRound = new int[m];
        if (_slotRows.Length < m) Array.Resize(ref _slotRows, m);
        if (_slotRows[slot] is not { } rows || rows.Distance.Length < m)
        {
            rows = (new double[m], new double[m], new double[m]);
            _slotRows[slot] = rows;
            _slotRound[slot] = 0;
        }
        if (_slotRound[slot] == _round) return rows;
        _slotRound[slot] = _round;
        var support = c.Probability.Support;
        var y = support.Distinct;
        var xi = y[slot];
        var forMover = support.Row(slot);
        var againstMover = support.RowAgainst(slot);
        // The round's table holds the same distances (|a − b| = |b − a|), already divided.
        if (c.Logs is { } logs) logs.DistanceRow(slot).CopyTo(rows.Distance);
        else
            for (var q = 0; q < m; q++) rows.Distance[q] = c.Utility.Distance(xi, y[q]);
        c.Probability.CombineRow(againstMover, forMover, rows.Challenge.AsSpan(0, m));
        c.Probability.CombineRow(forMover, againstMover, rows.Defence.AsSpan(0, m));
        return rows;
    }

    /// <summary>
    /// b for the positions in whole groups of four: <see cref="ExpectedUtility.Of(in BasicUtilities, double, double, double, double, double)"/>
    /// with Q = 1 (the scan's readings), s·(P·U_s + (1 − P)·U_f) + (1 − s)·U_s − U_sq, four lanes at once. Each lane
    /// takes the same IEEE operations in the same order (no fused multiply-add), so the same bits; the caller does the rest.
    /// </summary>
    private void Proposals(int m, double[] challenge, double s, double statusQuo)
    {
        var salience = Vector256.Create(s);
        var rest = Vector256.Create(1 - s);
        var quo = Vector256.Create(statusQuo);
        for (var q = 0; q + 4 <= m; q += 4)
        {
            var p = Vector256.Create(challenge, q);
            var success = Vector256.Create(_success, q);
            var failure = Vector256.Create(_failure, q);
            var e = salience * (p * success + (Vector256<double>.One - p) * failure) + rest * success;
            (e - quo).CopyTo(_proposal, q);
        }
    }

    /// <summary>Starts a round: the per-position rows of the previous one no longer hold.</summary>
    public void BeginRound()
    {
        if (++_round == int.MaxValue)
        {
            Array.Clear(_slotRound);
            _round = 1;
        }
    }

    /// <summary>U_s and U_f of the mover against every position, as <see cref="MoverUtilityCache"/> computes them.</summary>
    private void Powers(int m, int slot, double r, OfferSearch.Context c, double[] distance)
    {
        if (r == 1.0 || c.Options.Powers == PowerEvaluation.Exact || c.Logs is not { } logs)
        {
            for (var q = 0; q < m; q++)
            {
                _success[q] = ExpectedUtility.Success(r, distance[q]);
                _failure[q] = ExpectedUtility.Failure(r, distance[q]);
            }
            if (r == 1.0 || c.Options.Powers == PowerEvaluation.Exact) return;
            // Shared logarithms without a table (not built for this issue): each taken alone, the same numbers.
            for (var q = 0; q < m; q++)
            {
                var below = 0.5 - 0.5 * distance[q];
                var above = 0.5 + 0.5 * distance[q];
                _success[q] = 2 - 4 * SharedPowers.Power(SharedPowers.Log(below), below, r);
                _failure[q] = 2 - 4 * SharedPowers.Power(SharedPowers.Log(above), above, r);
            }
            return;
        }
        // Both sides' exponents in one run: the row holds ln(0.5 − 0.5d) for every q, then ln(0.5 + 0.5d).
        var powers = _powers.AsSpan(0, 2 * m);
        SharedPowers.Exp(logs.Row(slot), r, powers);
        // 2 − 4·x four lanes at a time: the same two roundings per value as the scalar tail.
        var two = Vector256.Create(2.0);
        var four = Vector256.Create(4.0);
        var whole = m & ~3;
        for (var q = 0; q < whole; q += 4)
        {
            (two - four * Vector256.Create(_powers, q)).CopyTo(_success, q);
            (two - four * Vector256.Create(_powers, m + q)).CopyTo(_failure, q);
        }
        for (var q = whole; q < m; q++)
        {
            _success[q] = 2 - 4 * powers[q];
            _failure[q] = 2 - 4 * powers[m + q];
        }
        if (!logs.HasNegativeBase) return;
        // A position outside the range has a negative base and no logarithm: Math.Pow, as SharedPowers.Power does.
        for (var q = 0; q < m; q++)
        {
            if (double.IsNaN(logs.Below(slot, q))) _success[q] = 2 - 4 * Math.Pow(0.5 - 0.5 * distance[q], r);
            if (double.IsNaN(logs.Above(slot, q))) _failure[q] = 2 - 4 * Math.Pow(0.5 + 0.5 * distance[q], r);
        }
    }

    private void Ensure(int m)
    {
        if (_success.Length >= m) return;
        _success = new double[m];
        _failure = new double[m];
        _proposal = new double[m];
        _powers = new double[2 * m];
    }
}
