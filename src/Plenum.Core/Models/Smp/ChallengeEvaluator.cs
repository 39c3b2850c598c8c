using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Plenum.Core.Models.Smp;

/// <summary>
/// The value of a challenge (KTAB <c>SMPState::probEduChlg(h,k,i,j)</c>): h's estimate of the probability
/// φ that i defeats j, and of the change in utility to k if i challenges j. Principals vote with weight
/// S·c; each third party first weighs the little contest (i:j) with only itself added, then votes on the
/// two hypotheticals "ik beats j" and "i beats jk" by its commitment rule.
/// </summary>
/// <remarks>
/// The best-challenge search (h = k = i, every j) is Θ(n²) per actor and Θ(n³) per turn; KTAB's
/// Θ(n⁴) came from evaluating every (h,k,i,j) for its logs. Utilities are computed from the distance
/// matrix on the fly, so the memory is Θ(n²). Thread-safe: it only reads the state.
/// </remarks>
internal sealed class ChallengeEvaluator
{
    private const double MinCoalition = 1e-10;
    private readonly SmpProblem _problem;
    private readonly SmpState _state;
    private readonly SmpOptions _options;

    // Which of the four hypothetical utility sums count the third party's own position (true) or the principal's (false).
    private readonly bool _ikBeatsJ, _jBeatsIk, _iBeatsJk, _jkBeatsI;

    public ChallengeEvaluator(SmpProblem problem, SmpState state, SmpOptions options)
    {
        _problem = problem;
        _state = state;
        _options = options;
        (_ikBeatsJ, _jBeatsIk, _iBeatsJk, _jkBeatsI) = options.ThirdPartyCommit switch
        {
            SmpThirdPartyCommit.FullCommit => (false, false, false, false),
            SmpThirdPartyCommit.NoCommit => (true, true, true, true),
            _ => (true, false, false, true),
        };
    }

    /// <summary>
    /// Actor i's best target (KTAB <c>bestChallenge</c>): the j with the largest expected gain above 10⁻⁵,
    /// the first on ties; Target is −1 when no challenge is worth making.
    /// </summary>
    /// <remarks>
    /// With a = U(i,i) and b = U(i,j), the gain is (a − b)(1 − 2S_j(1 − φ)), and since 0 ≤ S_j ≤ 1 and
    /// 0 ≤ φ ≤ 1 it never exceeds |a − b| in size. Targets are therefore examined by falling |a − b|, and the
    /// search stops once that bound falls below the best gain found: the targets skipped could not have won
    /// or tied, so the result is KTAB's, at a fraction of the Θ(n²) cost.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Target, double Probability, double Gain) BestChallenge(int i)
    {
        var n = _problem.Actors;
        var view = new Perspective(_problem, _state, _options, i, i);
        var d = _state.DistanceTo;
        var a = SmpState.Utility(d[i * n + i], view.Risk[i]);
        var bounds = new double[n - 1];
        var order = new int[n - 1];
        for (int j = 0, c = 0; j < n; j++)
        {
            if (j == i) continue;
            bounds[c] = -Math.Abs(a - SmpState.Utility(d[j * n + i], view.Risk[i]));
            order[c++] = j;
        }
        // Largest bound first; equal bounds keep ascending j (the sort is stable on the keys' ties only
        // through the secondary key, so sort (bound, j) pairs).
        Array.Sort(bounds, order);
        SortTiesByIndex(bounds, order);
        int best = -1;
        double bestProbability = 0, bestGain = -1.0;
        for (var c = 0; c < order.Length; c++)
        {
            var bound = -bounds[c];
            if (bound + 1e-12 < Math.Max(bestGain, 1e-5)) break;
            var j = order[c];
            var (p, gain) = Evaluate(view, i, i, j);
            if (1e-5 < gain && (bestGain < gain || (gain == bestGain && j < best)))
            {
                best = j;
                bestProbability = p;
                bestGain = gain;
            }
        }
        return (best, bestProbability, bestGain);
    }

    private static void SortTiesByIndex(double[] keys, int[] items)
    {
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(items, start, end - start);
            start = end;
        }
    }

    /// <summary>h's estimate of φ(i beats j) and of the gain to k (any h, k).</summary>
    public (double Probability, double Gain) Evaluate(int h, int k, int i, int j) =>
        Evaluate(new Perspective(_problem, _state, _options, h, i), k, i, j);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Probability, double Gain) Evaluate(Perspective v, int k, int i, int j)
    {
        var n = _problem.Actors;
        var d = _state.DistanceTo;
        var risk = v.Risk;
        double U(int a, int b) => SmpState.Utility(d[b * n + a], risk[a]);
        var uii = U(i, i);
        var uij = U(i, j);
        var uji = U(j, i);
        var ujj = U(j, j);
        var euSq = U(k, i) + U(k, j);
        var uVictory = U(k, i) + U(k, i);
        var uLoss = U(k, j) + U(k, j);
        var sj = _problem.TotalSalience[j];
        var w = _problem.ChallengeWeights;
        var rule = _options.VotingRule;

        var ci = SmpVoting.Vote(rule, _problem.TotalSalience[i] * _problem.Capabilities[i], uii, uij);
        var cj = SmpVoting.Vote(rule, sj * _problem.Capabilities[j], uji, ujj);
        double cij = MinCoalition, cji = MinCoalition;
        if (ci > 0) cij += ci;
        if (ci < 0) cji -= ci;
        if (cj > 0) cij += cj;
        if (cj < 0) cji -= cj;

        var colI = v.ColumnOf(i);
        var colJ = new ReadOnlySpan<double>(d, j * n, n);
        (cij, cji) = rule switch
        {
            SmpVotingRule.Binary => ThirdParties<BinaryVote>(colI, colJ, v.Risk, v.Own, w, i, j, cij, cji),
            SmpVotingRule.PropBin => ThirdParties<PropBinVote>(colI, colJ, v.Risk, v.Own, w, i, j, cij, cji),
            SmpVotingRule.Prop => ThirdParties<PropVote>(colI, colJ, v.Risk, v.Own, w, i, j, cij, cji),
            SmpVotingRule.PropCbc => ThirdParties<PropCubicVote>(colI, colJ, v.Risk, v.Own, w, i, j, cij, cji),
            SmpVotingRule.Cubic => ThirdParties<CubicVote>(colI, colJ, v.Risk, v.Own, w, i, j, cij, cji),
            _ => ThirdParties<AsymmetricProspectVote>(colI, colJ, v.Risk, v.Own, w, i, j, cij, cji),
        };
        var phij = cij / (cij + cji);
        var phji = cji / (cij + cji);
        var euContest = phij * uVictory + phji * uLoss;
        var euChallenge = (1 - sj) * uVictory + sj * euContest;
        return (phij, euChallenge - euSq);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Cij, double Cji) ThirdParties<TRule>(ReadOnlySpan<double> uToI, ReadOnlySpan<double> distanceToJ,
        ReadOnlySpan<double> risk, ReadOnlySpan<double> own, ReadOnlySpan<double> weights, int i, int j, double c0ij, double c0ji)
        where TRule : struct, IVoteRule
    {
        double cij = c0ij, cji = c0ji;
        bool a1 = _ikBeatsJ, b1 = _jBeatsIk, c1 = _iBeatsJk, d1 = _jkBeatsI;
        var t = 0;
        if (Vector256.IsHardwareAccelerated && uToI.Length >= 8)
        {
            ref var wRef = ref MemoryMarshal.GetReference(weights);
            ref var uiRef = ref MemoryMarshal.GetReference(uToI);
            ref var djRef = ref MemoryMarshal.GetReference(distanceToJ);
            ref var rRef = ref MemoryMarshal.GetReference(risk);
            ref var ownRef = ref MemoryMarshal.GetReference(own);
            var one = Vector256<double>.One;
            var zero = Vector256<double>.Zero;
            var vc0ij = Vector256.Create(c0ij);
            var vc0ji = Vector256.Create(c0ji);
            var ma = Mask(a1);
            var mb = Mask(b1);
            var mc = Mask(c1);
            var md = Mask(d1);
            var vi = Vector256.Create((double)i);
            var vj = Vector256.Create((double)j);
            var lane = Vector256.Create(0.0, 1.0, 2.0, 3.0);
            var accIj = zero;
            var accJi = zero;
            for (; t <= uToI.Length - 4; t += 4)
            {
                // The principals take no part as third parties: their lanes get weight 0, which adds exactly 0.
                var index = Vector256.Create((double)t) + lane;
                var principal = Vector256.Equals(index, vi) | Vector256.Equals(index, vj);
                var wn = Vector256.ConditionalSelect(principal, zero, Vector256.LoadUnsafe(ref wRef, (nuint)t));
                var uni = Vector256.LoadUnsafe(ref uiRef, (nuint)t);
                var d = Vector256.LoadUnsafe(ref djRef, (nuint)t);
                var unj = (one - d) * (one + Vector256.Min(d, one) * Vector256.LoadUnsafe(ref rRef, (nuint)t));
                var unn = Vector256.LoadUnsafe(ref ownRef, (nuint)t);
                var v0 = TRule.Vote(wn, uni - unj);
                var cni = vc0ij + Vector256.Max(v0, zero);
                var cnj = vc0ji + Vector256.Max(-v0, zero);
                var pin = cni / (cni + cnj);
                var pjn = one - pin;
                var uIkBeatsJ = uni + uni + Vector256.ConditionalSelect(ma, unn, uni);
                var uJBeatsIk = unj + unj + Vector256.ConditionalSelect(mb, unn, unj);
                var uIBeatsJk = uni + uni + Vector256.ConditionalSelect(mc, unn, uni);
                var uJkBeatsI = unj + unj + Vector256.ConditionalSelect(md, unn, unj);
                var vn = TRule.Vote(wn, (pin * uIkBeatsJ + pjn * uJBeatsIk) - (pin * uIBeatsJk + pjn * uJkBeatsI));
                accIj += Vector256.Max(vn, zero);
                accJi += Vector256.Max(-vn, zero);
            }
            cij += Vector256.Sum(accIj);
            cji += Vector256.Sum(accJi);
        }
        for (; t < uToI.Length; t++)
        {
            if (t == i || t == j) continue;
            var wn = weights[t];
            var uni = uToI[t];
            var unj = SmpState.Utility(distanceToJ[t], risk[t]);
            var unn = own[t];
            // The little contest: principals' strengths plus this third party alone.
            var v0 = TRule.Vote(wn, uni - unj);
            var cni = v0 > 0 ? c0ij + v0 : c0ij;
            var cnj = v0 < 0 ? c0ji - v0 : c0ji;
            var pin = cni / (cni + cnj);
            var pjn = 1.0 - pin;
            var uIkBeatsJ = uni + uni + (a1 ? unn : uni);
            var uJBeatsIk = unj + unj + (b1 ? unn : unj);
            var uIBeatsJk = uni + uni + (c1 ? unn : uni);
            var uJkBeatsI = unj + unj + (d1 ? unn : unj);
            var uIkJ = pin * uIkBeatsJ + pjn * uJBeatsIk;
            var uIJk = pin * uIBeatsJk + pjn * uJkBeatsI;
            var vn = TRule.Vote(wn, uIkJ - uIJk);
            if (vn > 0) cij += vn;
            if (vn < 0) cji -= vn;
        }
        return (cij, cji);
    }

    private static Vector256<double> Mask(bool on) => on ? Vector256<double>.AllBitsSet : Vector256<double>.Zero;

    /// <summary>Estimator h's view: its estimate of every actor's risk attitude, and each actor's utility for its own position.</summary>
    private readonly struct Perspective
    {
        private readonly double[] _distance;
        private readonly double[] _column;
        private readonly int _columnOf;
        private readonly int _n;

        public Perspective(SmpProblem problem, SmpState state, SmpOptions options, int h, int column)
        {
            _n = problem.Actors;
            _distance = state.DistanceTo;
            Risk = new double[_n];
            Own = new double[_n];
            _column = new double[_n];
            _columnOf = column;
            var rh = state.Risk[h];
            for (var a = 0; a < _n; a++)
            {
                Risk[a] = SmpState.EstimateRisk(rh, state.Risk[a], options.RiskAdjustment);
                Own[a] = SmpState.Utility(_distance[a * _n + a], Risk[a]);
                _column[a] = SmpState.Utility(_distance[column * _n + a], Risk[a]);
            }
        }

        public double[] Risk { get; }
        public double[] Own { get; }

        public ReadOnlySpan<double> ColumnOf(int i)
        {
            if (i == _columnOf) return _column;
            var c = new double[_n];
            for (var a = 0; a < _n; a++) c[a] = SmpState.Utility(_distance[i * _n + a], Risk[a]);
            return c;
        }
    }
}
