using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Plenum.Core.Models.Smp;

/// <summary>
/// KTAB's probabilistic Condorcet election (PCE): coalition strengths from votes, pairwise victory
/// probabilities, and one probability per option by the conditional or one of the two Markov models
/// (<c>Model::coalitions</c>, <c>vProb</c>, <c>probCE2</c>, <c>condPCE</c>, <c>markovIncentivePCE</c>,
/// <c>markovUniformPCE</c>). Matrices are row-major arrays.
/// </summary>
internal static class CondorcetElection
{
    /// <summary>The floor of every coalition (KTAB <c>minC</c>), so no probability is 0/0.</summary>
    public const double MinCoalition = 1e-8;

    /// <summary>
    /// Coalition strengths C[a,b] = 10⁻⁸ + Σ_k max(v_k(a:b), 0) for options described by
    /// <paramref name="utilities"/>[option·voters + k] (each option's utilities to every voter, contiguous),
    /// voters weighted by <paramref name="weights"/>. Rows run in parallel when <paramref name="parallel"/>;
    /// each cell is summed over voters in a fixed order (four lanes, then the rest), so the result does not
    /// depend on the thread count.
    /// </summary>
    public static double[] Coalitions(SmpVotingRule rule, double[] utilities, double[] weights, int options, int voters, ParallelOptions? parallel) =>
        rule switch
        {
            SmpVotingRule.Binary => Coalitions<BinaryVote>(utilities, weights, options, voters, parallel),
            SmpVotingRule.PropBin => Coalitions<PropBinVote>(utilities, weights, options, voters, parallel),
            SmpVotingRule.Prop => Coalitions<PropVote>(utilities, weights, options, voters, parallel),
            SmpVotingRule.PropCbc => Coalitions<PropCubicVote>(utilities, weights, options, voters, parallel),
            SmpVotingRule.Cubic => Coalitions<CubicVote>(utilities, weights, options, voters, parallel),
            _ => Coalitions<AsymmetricProspectVote>(utilities, weights, options, voters, parallel),
        };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Coalitions<TRule>(double[] utilities, double[] weights, int options, int voters, ParallelOptions? parallel)
        where TRule : struct, IVoteRule
    {
        var c = new double[options * options];
        void Row(int a)
        {
            var ua = new ReadOnlySpan<double>(utilities, a * voters, voters);
            for (var b = 0; b < a; b++)
            {
                var ub = new ReadOnlySpan<double>(utilities, b * voters, voters);
                double cab = MinCoalition, cba = MinCoalition;
                var k = 0;
                if (Vector256.IsHardwareAccelerated && ua.Length >= 8)
                {
                    ref var wRef = ref MemoryMarshal.GetArrayDataReference(weights);
                    ref var aRef = ref MemoryMarshal.GetReference(ua);
                    ref var bRef = ref MemoryMarshal.GetReference(ub);
                    var pos = Vector256<double>.Zero;
                    var neg = Vector256<double>.Zero;
                    for (; k <= ua.Length - 4; k += 4)
                    {
                        var v = TRule.Vote(Vector256.LoadUnsafe(ref wRef, (nuint)k), Vector256.LoadUnsafe(ref aRef, (nuint)k) - Vector256.LoadUnsafe(ref bRef, (nuint)k));
                        pos += Vector256.Max(v, Vector256<double>.Zero);
                        neg += Vector256.Max(-v, Vector256<double>.Zero);
                    }
                    cab += Vector256.Sum(pos);
                    cba += Vector256.Sum(neg);
                }
                for (; k < ua.Length; k++)
                {
                    var v = TRule.Vote(weights[k], ua[k] - ub[k]);
                    if (v > 0) cab += v;
                    if (v < 0) cba -= v;
                }
                c[a * options + b] = cab;
                c[b * options + a] = cba;
            }
            c[a * options + a] = MinCoalition;
        }
        if (parallel is not null && options >= 64) Parallel.For(0, options, parallel, Row);
        else for (var a = 0; a < options; a++) Row(a);
        return c;
    }

    /// <summary>P(a≻b) from the two strengths (KTAB <c>vProb</c>); returns the pair (P(a≻b), P(b≻a)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Ab, double Ba) Victory(SmpVictoryModel model, double s1, double s2)
    {
        double x1, x2;
        switch (model)
        {
            case SmpVictoryModel.Square: x1 = s1 * s1; x2 = s2 * s2; break;
            case SmpVictoryModel.Quartic: x1 = Quartic(s1); x2 = Quartic(s2); break;
            case SmpVictoryModel.Octic: x1 = Quartic(s1); x1 *= x1; x2 = Quartic(s2); x2 *= x2; break;
            case SmpVictoryModel.Binary:
                const double threshold = 1.10, floor = 1e-6;
                if (s1 >= threshold * s2) { x1 = 1.0; x2 = floor; }
                else if (s2 >= threshold * s1) { x1 = floor; x2 = 1.0; }
                else
                {
                    var r12 = s1 / (s1 + s2);
                    var p12 = (r12 * (threshold + 1.0) - 1.0) / (threshold - 1.0);
                    x1 = p12; x2 = 1 - p12;
                }
                break;
            default: x1 = s1; x2 = s2; break;
        }
        return (x1 / (x1 + x2), x2 / (x1 + x2));
    }

    private static double Quartic(double x)
    {
        var s = x * x;
        return s * s;
    }

    /// <summary>The square matrix V[a,b] = P(a≻b), with ½ on the diagonal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] VictoryMatrix(SmpVictoryModel model, double[] coalitions, int options)
    {
        var p = new double[options * options];
        for (var a = 0; a < options; a++)
        {
            for (var b = 0; b < a; b++)
            {
                var (ab, ba) = Victory(model, coalitions[a * options + b], coalitions[b * options + a]);
                p[a * options + b] = ab;
                p[b * options + a] = ba;
            }
            p[a * options + a] = 0.5;
        }
        return p;
    }

    /// <summary>The probability of each option winning, by the chosen PCE model.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Distribution(SmpCondorcetModel model, SmpVictoryModel victory, double[] coalitions, int options)
    {
        var v = VictoryMatrix(victory, coalitions, options);
        return model switch
        {
            SmpCondorcetModel.MarkovIncentive => MarkovIncentive(coalitions, v, options),
            SmpCondorcetModel.MarkovUniform => MarkovUniform(v, options),
            _ => Conditional(v, options),
        };
    }

    /// <summary>
    /// p_a ∝ Π_b V[a,b]. With very many options the products can underflow; then the same quantity is
    /// computed from sums of logarithms (a deviation KTAB does not have: it would divide 0 by 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Conditional(double[] v, int options)
    {
        var p = new double[options];
        double sum = 0;
        for (var a = 0; a < options; a++)
        {
            double pa = 1.0;
            for (var b = 0; b < options; b++) pa *= v[a * options + b];
            p[a] = pa;
            sum += pa;
        }
        if (sum >= 1e-280)
        {
            for (var a = 0; a < options; a++) p[a] /= sum;
            return p;
        }
        var logs = new double[options];
        var max = double.NegativeInfinity;
        for (var a = 0; a < options; a++)
        {
            double l = 0;
            for (var b = 0; b < options; b++) l += Math.Log(v[a * options + b]);
            logs[a] = l;
            if (l > max) max = l;
        }
        sum = 0;
        for (var a = 0; a < options; a++) sum += p[a] = Math.Exp(logs[a] - max);
        for (var a = 0; a < options; a++) p[a] /= sum;
        return p;
    }

    /// <summary>
    /// "Markov voting with incentives": challengers of the current favourite b appear with probability
    /// ∝ C[a,b]·V[a,b]; iterate p ← (p + q)/2 until no entry changes by 10⁻⁸ (KTAB's tolerance).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] MarkovIncentive(double[] coalitions, double[] v, int options)
    {
        var n = options;
        var incentive = new double[n * n];
        for (var a = 0; a < n; a++)
            for (var b = 0; b < n; b++)
                incentive[a * n + b] = coalitions[a * n + b] * v[a * n + b] + (a == b ? 1e-10 : 0.0);
        var challenge = new double[n * n]; // challenge[a,b] = P(a challenges | b favoured)
        for (var b = 0; b < n; b++)
        {
            double sum = 0.0;
            for (var k = 0; k < n; k++) sum += incentive[k * n + b];
            for (var a = 0; a < n; a++) challenge[a * n + b] = incentive[a * n + b] / sum;
        }
        var p = new double[n];
        Array.Fill(p, 1.0 / n);
        var q = new double[n];
        var ct = new double[n * n];
        var change = 1.0;
        var iterations = 0;
        while (1e-8 < change && iterations < 100_000)
        {
            for (var a = 0; a < n; a++)
                for (var b = 0; b < n; b++)
                    ct[a * n + b] = p[a] * challenge[b * n + a];
            change = 0.0;
            for (var a = 0; a < n; a++)
            {
                double qa = 0.0;
                for (var b = 0; b < n; b++) qa += v[a * n + b] * (ct[a * n + b] + ct[b * n + a]);
                q[a] = qa;
                var c = Math.Abs(qa - p[a]);
                change = c > change ? c : change;
            }
            for (var a = 0; a < n; a++) p[a] = (p[a] + q[a]) / 2.0;
            iterations++;
        }
        return p;
    }

    /// <summary>Markov chain with uniform challengers: q_a = (1/N)·Σ_b V[a,b](p_a + p_b); tolerance 10⁻⁶ as in KTAB.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] MarkovUniform(double[] v, int options)
    {
        var n = options;
        var p = new double[n];
        Array.Fill(p, 1.0 / n);
        var q = new double[n];
        var change = 1.0;
        var iterations = 0;
        while (1e-6 < change && iterations < 100_000)
        {
            change = 0;
            for (var a = 0; a < n; a++)
            {
                double pa = 0.0;
                for (var b = 0; b < n; b++) pa += v[a * n + b] * (p[a] + p[b]);
                q[a] = pa / n;
                var c = Math.Abs(q[a] - p[a]);
                change = c > change ? c : change;
            }
            for (var a = 0; a < n; a++) p[a] = (p[a] + q[a]) / 2.0;
            iterations++;
        }
        return p;
    }
}
