using System.Runtime.CompilerServices;

namespace Plenum.Core.Models.Smp;

/// <summary>
/// One state of the SMP: every actor's position and ideal point, the salience-weighted distances between
/// them, the risk attitudes inferred from the risk-neutral election, the unique positions and the probability
/// of each winning (KTAB <c>SMPState</c>: <c>setVDiff</c>, <c>setAllAUtil</c>, <c>setUENdx</c>, <c>pDist</c>).
/// </summary>
/// <remarks>
/// KTAB keeps n matrices aUtil[h] of n×n utilities. Here utilities are computed on demand from the n×n
/// distance matrix and the n risk attitudes (<see cref="Utility"/>), which gives the same numbers with
/// n² instead of n³ memory.
/// </remarks>
internal sealed class SmpState
{
    private readonly SmpProblem _problem;

    public SmpState(SmpProblem problem, double[] positions, double[] ideals)
    {
        _problem = problem;
        Positions = positions;
        Ideals = ideals;
    }

    /// <summary>Positions on 0–1, row-major by actor.</summary>
    public double[] Positions { get; }

    /// <summary>Ideal points on 0–1 (equal to the positions under the identity accommodation).</summary>
    public double[] Ideals { get; }

    /// <summary>DistanceTo[j·n + i] = d_i(pos_j): i's salience-weighted distance from its ideal to j's position.</summary>
    public double[] DistanceTo { get; private set; } = [];

    /// <summary>R_i, each actor's risk attitude in this state.</summary>
    public double[] Risk { get; private set; } = [];

    /// <summary>The risk-neutral probability of each actor's position winning (over all n positions).</summary>
    public double[] RiskNeutralProbabilities { get; private set; } = [];

    /// <summary>Indices of the first actor holding each distinct position.</summary>
    public int[] UniquePositions { get; private set; } = [];

    /// <summary>The probability of each distinct position winning (KTAB <c>pDist(-1)</c>).</summary>
    public double[] UniqueProbabilities { get; private set; } = [];

    /// <summary>Whether every risk attitude came out equal (all positions equally likely); then all are 0.</summary>
    public bool DegenerateRisk { get; private set; }

    /// <summary>Fills distances, risk attitudes, unique positions and their probabilities.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(SmpOptions options, ParallelOptions? parallel)
    {
        var n = _problem.Actors;
        ComputeDistances(parallel);
        UniquePositions = FindUniquePositions(options.DuplicateTolerance);

        // Risk-neutral election over all n positions (duplicates not merged), capability weights.
        var neutral = new double[n * n];
        for (var j = 0; j < n; j++)
            for (var k = 0; k < n; k++)
                neutral[j * n + k] = 1 - DistanceTo[j * n + k];
        var c = CondorcetElection.Coalitions(options.VotingRule, neutral, _problem.Capabilities, n, n, parallel);
        RiskNeutralProbabilities = CondorcetElection.Distribution(options.CondorcetModel, options.VictoryModel, c, n);
        Risk = RiskFromProbabilities(RiskNeutralProbabilities, options.RiskRange, out var degenerate);
        DegenerateRisk = degenerate;

        // Reported distribution over distinct positions: each actor's own utility, capability weights.
        var u = UniquePositions.Length;
        var own = new double[u * n];
        for (var q = 0; q < u; q++)
        {
            var j = UniquePositions[q];
            for (var k = 0; k < n; k++) own[q * n + k] = Utility(DistanceTo[j * n + k], Risk[k]);
        }
        var cu = CondorcetElection.Coalitions(options.VotingRule, own, _problem.Capabilities, u, n, parallel);
        UniqueProbabilities = CondorcetElection.Distribution(options.CondorcetModel, options.VictoryModel, cu, u);
    }

    /// <summary>
    /// Drops the n×n distance matrix once the next state exists: a long run of many actors keeps only
    /// positions, risk attitudes and probabilities per state (1,000 actors would otherwise hold 8 MB per state).
    /// </summary>
    public void ReleaseDistances() => DistanceTo = [];

    /// <summary>KTAB <c>bsUtil</c>: u(d, R) = (1 − d)(1 + d·R), with d capped at 1 in the second factor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Utility(double d, double r) => d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);

    /// <summary>h's estimate of i's risk attitude (KTAB <c>estNRA</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double EstimateRisk(double rh, double ri, SmpRiskAdjustment adjustment) => adjustment switch
    {
        SmpRiskAdjustment.Full => ri,
        SmpRiskAdjustment.TwoThirds => (rh + 2.0 * ri) / 3.0,
        SmpRiskAdjustment.Half => (rh + ri) / 2,
        SmpRiskAdjustment.OneThird => (2.0 * rh + ri) / 3.0,
        _ => rh,
    };

    /// <summary>Salience-weighted distance of <paramref name="actor"/>'s point <paramref name="from"/> to <paramref name="to"/> (KTAB <c>bvDiff</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Distance(int actor, ReadOnlySpan<double> from, ReadOnlySpan<double> to)
    {
        var m = _problem.Dimensions;
        var s = new ReadOnlySpan<double>(_problem.Saliences, actor * m, m);
        double ds2 = 0, ss2 = 0;
        for (var k = 0; k < m; k++)
        {
            var ds = (from[k] - to[k]) * s[k];
            ds2 += ds * ds;
            ss2 += s[k] * s[k];
        }
        return Math.Sqrt(ds2 / ss2);
    }

    /// <summary>The position of actor <paramref name="i"/>.</summary>
    public ReadOnlySpan<double> PositionOf(int i) => new(Positions, i * _problem.Dimensions, _problem.Dimensions);

    /// <summary>The ideal point of actor <paramref name="i"/>.</summary>
    public ReadOnlySpan<double> IdealOf(int i) => new(Ideals, i * _problem.Dimensions, _problem.Dimensions);

    /// <summary>The probability of the distinct position actor <paramref name="i"/> holds (KTAB <c>posProb</c>: the last match).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double ActorProbability(int i, double tolerance)
    {
        var found = -1;
        for (var q = 0; q < UniquePositions.Length; q++)
            if (Same(i, UniquePositions[q], tolerance)) found = q;
        return found < 0 ? 0 : UniqueProbabilities[found];
    }

    /// <summary>Σ_i ‖pos_i − pos'_i‖ (KTAB <c>stateDist</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Movement(SmpState a, SmpState b, int dimensions)
    {
        double sum = 0;
        for (var i = 0; i < a.Positions.Length / dimensions; i++)
        {
            double s = 0;
            for (var k = 0; k < dimensions; k++)
            {
                var d = a.Positions[i * dimensions + k] - b.Positions[i * dimensions + k];
                s += d * d;
            }
            sum += Math.Sqrt(s);
        }
        return sum;
    }

    private bool Same(int i, int j, double tolerance)
    {
        var m = _problem.Dimensions;
        double s = 0;
        for (var k = 0; k < m; k++)
        {
            var d = Positions[i * m + k] - Positions[j * m + k];
            s += d * d;
        }
        return Math.Sqrt(s) < tolerance;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] FindUniquePositions(double tolerance)
    {
        var unique = new List<int>();
        for (var i = 0; i < _problem.Actors; i++)
        {
            var found = false;
            foreach (var u in unique)
                if (Same(i, u, tolerance)) { found = true; break; }
            if (!found) unique.Add(i);
        }
        return unique.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeDistances(ParallelOptions? parallel)
    {
        var n = _problem.Actors;
        var m = _problem.Dimensions;
        var d = new double[n * n];
        var s = _problem.Saliences;
        void Column(int j)
        {
            for (var i = 0; i < n; i++)
            {
                double ds2 = 0, ss2 = 0;
                for (var k = 0; k < m; k++)
                {
                    var sk = s[i * m + k];
                    var ds = (Ideals[i * m + k] - Positions[j * m + k]) * sk;
                    ds2 += ds * ds;
                    ss2 += sk * sk;
                }
                d[j * n + i] = Math.Sqrt(ds2 / ss2);
            }
        }
        if (parallel is not null && n >= 64) Parallel.For(0, n, parallel, Column);
        else for (var j = 0; j < n; j++) Column(j);
        DistanceTo = d;
    }

    /// <summary>KTAB <c>bigRfromProb</c>: the most likely position gets R = 1, the least likely the range's bottom.</summary>
    public static double[] RiskFromProbabilities(double[] p, SmpRiskRange range, out bool degenerate)
    {
        double pMin = 1.0, pMax = 0.0;
        foreach (var pi in p)
        {
            pMin = pi < pMin ? pi : pMin;
            pMax = pi > pMax ? pi : pMax;
        }
        var r = new double[p.Length];
        degenerate = !(pMax - pMin > 0);
        if (degenerate) return r;
        for (var i = 0; i < p.Length; i++)
        {
            r[i] = range switch
            {
                SmpRiskRange.Min => (p[i] - pMin) / (pMax - pMin),
                SmpRiskRange.Max => (2 * p[i] - (pMax + pMin)) / (pMax - pMin),
                _ => (3 * p[i] - (pMax + 2 * pMin)) / (2 * (pMax - pMin)),
            };
        }
        return r;
    }
}
