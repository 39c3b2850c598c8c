namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Pass 1 of a round (eqs. 32–34): with every exponent at 1, each actor's security is the sum of the expected
/// utilities its adversaries have of challenging it; the spread of securities sets each actor's risk exponent.
/// </summary>
/// <remarks>
/// Sec_i = Σ_{j≠i} E(U_ji); R_i = (2·Sec_i − max Sec − min Sec) / (max Sec − min Sec); r_i = (1 − R_i/3) / (1 + R_i/3),
/// so the actor its adversaries gain most from challenging (R = 1) gets r = 0.5 and the one they gain least from
/// (R = −1) gets r = 2. When every security is equal, R = 0 and r = 1 (the formula would divide by zero).
/// At r = 1 the perspective does not matter. Targets are taken position by position: the probabilities
/// P(j beats i) against one position are gathered once into a column indexed by the challenger's position, then
/// each target there sums over its challengers in input order.
/// </remarks>
internal static partial class RiskExponents
{
    /// <summary>Computes security, R and r for every actor from pass-1 probabilities (all exponents 1) held in a matrix.</summary>
    /// <param name="workspace">Gives the profile's arrays and the sums' buffers, reused from round to round; null allocates them.</param>
    public static RiskProfile Compute(BdmIssueInput input, double[] positions, SuccessProbability pass1, ExpectedUtility utility,
        ResistingSalience salienceRule, BdmWorkspace? workspace = null) =>
        Securities(input, positions, pass1.Support.Slots, new ProbabilityColumns(pass1), utility, salienceRule, workspace);

    /// <summary>
    /// As above for the Scholz code's rule, P = N / D, with N in closed form (<see cref="LinearSupport"/>) and
    /// D = 2 Σ N over ordered pairs of actors: no matrix.
    /// </summary>
    /// <remarks>
    /// From <see cref="Parallelism.Threshold"/> actors on, with Q = 1, the securities themselves are summed in closed
    /// form (<see cref="LinearSecurities"/>). Smaller issues keep the direct sum over pairs, which costs them nothing and
    /// keeps their results bit for bit as before: a long run such as EU-10's 300 rounds is chaotic, and regrouping the
    /// sums moves its trajectory after about round 150 (the notes' mean band of §4.4 is a property of one trajectory).
    /// </remarks>
    /// <param name="workspace">Gives the pass-1 matrix of small issues and the profile's arrays, reused from round to
    /// round; null allocates them.</param>
    public static RiskProfile Compute(BdmIssueInput input, double[] positions, LinearSupport support, ExpectedUtility utility,
        ResistingSalience salienceRule, BdmWorkspace? workspace = null)
    {
        if (utility.Q == 1.0 && positions.Length >= Parallelism.Threshold)
        {
            var security = LinearSecurities(input.Saliences, support, utility.Range, salienceRule);
            return Profile(security, new double[security.Length], new double[security.Length], null);
        }
        var m = support.Size;
        if (m < Parallelism.Threshold)
        {
            // One fill per position gives every N(p, q); the column N(·, p) is read from the matrix (bit for bit what
            // Fill's partner values would be, see LinearSupport.FillAll), and D comes from the same rows.
            var (matrix, rowSums) = workspace?.PassOne(m) ?? (new double[m * m], new double[m]);
            var small = 2 * support.FillAll(matrix.AsSpan(0, m * m), rowSums.AsSpan(0, m));
            return Securities(input, positions, support.Slots, new MatrixColumns(matrix, m, small), utility, salienceRule, workspace);
        }
        var denominator = 2 * support.SumOverActorPairs();
        return Securities(input, positions, support.Slots, new LinearColumns(support, denominator), utility, salienceRule, workspace);
    }

    /// <summary>Sec_i for every actor by the direct sums, then the profile; the column source is a struct, so nothing is allocated for it.</summary>
    private static RiskProfile Securities<TColumns>(BdmIssueInput input, double[] positions, PositionSlots slots, TColumns columns,
        ExpectedUtility utility, ResistingSalience salienceRule, BdmWorkspace? workspace) where TColumns : struct, IColumns
    {
        var n = positions.Length;
        var m = slots.Size;
        var scratch = workspace?.RiskScratch ?? new Scratch();
        // With Q = 1 and the target's salience resisting, a challenger's utility depends on the member only through
        // its salience and on the challenger only through its position: the basic utilities are taken per position
        // (single-threaded issues only: the buffers are shared).
        var byPosition = utility.Q == 1.0 && salienceRule == ResistingSalience.Target && n < Parallelism.Threshold;
        // The round's distance table, when it was made for these positions and range, spares the divisions.
        var distances = byPosition && workspace?.Logs is { } logs && logs.Holds(slots.Distinct, utility.Range) ? logs : null;
        var sums = new SecuritySums<TColumns>(input.Saliences, positions, slots, columns, utility, salienceRule, distances,
            scratch.Security.Of(n));
        if (n < Parallelism.Threshold)
        {
            var fillSpace = scratch.FillSpace.Of(m);
            var column = scratch.Column.Of(m);
            if (byPosition) sums.AllBySlot(fillSpace, column, scratch.Slots);
            else
                for (var p = 0; p < m; p++) sums.Slot(p, fillSpace, column);
        }
        else SlotsInParallel(sums, m);
        return Profile(sums.Security, scratch.Attitude.Of(n), scratch.Exponent.Of(n), scratch);
    }

    /// <summary>The targets' slots over the cores, each thread with its own two columns (large issues only).</summary>
    private static void SlotsInParallel<TColumns>(SecuritySums<TColumns> sums, int m) where TColumns : struct, IColumns =>
        Parallel.For(0, m, () => (new double[m], new double[m]), (p, _, buffers) =>
        {
            sums.Slot(p, buffers.Item1, buffers.Item2);
            return buffers;
        }, _ => { });

    /// <summary>
    /// Pass 1 of the Scholz code with Q = 1 in closed form. At r = 1, U_s = 2d, U_f = −2d and U_sq = 0, so
    /// E(U_ji) = 2d·(1 − 2s) + 4s·d·N(j, i)/D with s the resisting salience, and
    /// Sec_i = 2·Σ_j (1 − 2s)·d_ij + (4/D)·Σ_j s·d_ij·N(j, i).
    /// </summary>
    /// <remarks>
    /// Both sums run over the challengers' positions with the challengers' weights gathered per position, and
    /// the second needs N(·, p) for each target position p, which <see cref="LinearSupport.Fill"/> gives together
    /// with N(p, ·), whose weighted row sums make D. One Θ(m + n) fill per position replaces the two fills
    /// (one for D, one for the column) and the n² expected utilities of the direct sum. The numbers are the same
    /// sums regrouped: securities agree with the direct sum to rounding (BdmOracleTest, and
    /// <c>LinearSecurities_RandomIssues_EqualOracleSecurity</c>), D is bit-identical to <see cref="LinearSupport.SumOverActorPairs"/>.
    /// </remarks>
    internal static double[] LinearSecurities(double[] saliences, LinearSupport support, double range, ResistingSalience salienceRule)
    {
        var slots = support.SlotOfActor;
        var m = support.Size;
        var n = slots.Length;
        var targetResists = salienceRule == ResistingSalience.Target;
        // Per challenger position: Σ (1 − 2s) and Σ s over its actors (target rule: s is the target's, so both are counts).
        var linear = new double[m];
        var scaled = new double[m];
        for (var j = 0; j < n; j++)
        {
            linear[slots[j]] += targetResists ? 1 : 1 - 2 * saliences[j];
            scaled[slots[j]] += targetResists ? 1 : saliences[j];
        }
        var y = support.Positions;
        var rowSum = new double[m];
        var distanceSum = new double[m];
        var supportSum = new double[m];
        void Slot(int p, double[] own, double[] partner)
        {
            support.Fill(p, own, partner);
            double row = 0, distance = 0, against = 0;
            var yp = y[p];
            var multiplicity = support.Multiplicity;
            for (var q = 0; q < m; q++)
            {
                row += multiplicity[q] * own[q];
                var d = Math.Abs(y[q] - yp) / range;
                distance += linear[q] * d;
                against += scaled[q] * d * partner[q];
            }
            rowSum[p] = row;
            distanceSum[p] = distance;
            supportSum[p] = against;
        }
        if (m < Parallelism.Threshold)
        {
            var own = new double[m];
            var partner = new double[m];
            for (var p = 0; p < m; p++) Slot(p, own, partner);
        }
        else
            Parallel.For(0, m, () => (new double[m], new double[m]), (p, _, buffers) =>
            {
                Slot(p, buffers.Item1, buffers.Item2);
                return buffers;
            }, _ => { });

        double total = 0;
        for (var p = 0; p < m; p++) total += support.Multiplicity[p] * rowSum[p];
        var denominator = 2 * total;
        var security = new double[n];
        for (var i = 0; i < n; i++)
        {
            var p = slots[i];
            var against = denominator > 0 ? supportSum[p] / denominator : 0;
            security[i] = targetResists
                ? 2 * (1 - 2 * saliences[i]) * distanceSum[p] + 4 * saliences[i] * against
                : 2 * distanceSum[p] + 4 * against;
        }
        return security;
    }

    /// <summary>R and r from the securities, into <paramref name="attitude"/> and <paramref name="exponent"/> (n each).</summary>
    private static RiskProfile Profile(double[] security, double[] attitude, double[] exponent, Scratch? scratch)
    {
        var n = security.Length;
        var high = security.Max();
        var low = security.Min();
        for (var i = 0; i < n; i++)
        {
            attitude[i] = high == low ? 0 : (2 * security[i] - high - low) / (high - low);
            exponent[i] = (1 - attitude[i] / 3) / (1 + attitude[i] / 3);
        }
        return scratch?.ProfileOf(security, attitude, exponent) ?? new RiskProfile(security, attitude, exponent);
    }
}
