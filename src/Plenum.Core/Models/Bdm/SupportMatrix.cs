using System.Diagnostics.CodeAnalysis;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Third-party support between every pair of distinct positions:
/// N(a, b) = Σ over voters k strictly closer to a than to b of w_k·(u_k(b) − u_k(a)), with
/// u_k(y) = (|x_k − y| / ρ)^r_k and w_k = c_k·s_k. This is the numerator of the probability of success (eqs. 30–31),
/// and the only part of a round that is more than quadratic when computed naively.
/// </summary>
/// <remarks>
/// Exact prefix-sum method (reference notes §6): whatever its exponent, a voter prefers a over b exactly when
/// it is nearer to a, so the voters on a's side form a contiguous run of the position-sorted voters. For each
/// distinct position y one row of prefix sums C_y[t] = Σ_{s&lt;t} w_σ(s)·u_σ(s)(y) (n powers) answers the sum over
/// any run in O(1), and the boundaries of the runs move monotonically as the partner position moves away from
/// y, so they are found by two pointers. A matrix costs Θ(m·n) powers and Θ(m·(m + n)) additions for m distinct
/// positions, and Θ(m²) memory. Voters exactly halfway contribute nothing, as in the naive sum.
/// The matrix is kept twice, as N and as its transpose, so that both P(i, j) and P(j, i) for a fixed i are read
/// along rows: reading a column of an m × m matrix misses the cache on every element once m is in the thousands.
/// </remarks>
internal sealed partial class SupportMatrix
{
    private const int Block = 64;
    private double[] _support;
    private double[] _transposed;
    private double _sumOverActorPairs;

    private SupportMatrix(PositionSlots slots, double[] support, double[] transposed, double sumOverActorPairs, double largest) =>
        Renew(slots, support, transposed, sumOverActorPairs, largest);

    /// <summary>Points this instance at another round's matrices (a workspace keeps one, <see cref="Scratch.Matrix"/>); returns it.</summary>
    [MemberNotNull(nameof(Slots), nameof(_support), nameof(_transposed))]
    private SupportMatrix Renew(PositionSlots slots, double[] support, double[] transposed, double sumOverActorPairs, double largest)
    {
        Largest = largest;
        Slots = slots;
        _support = support;
        _transposed = transposed;
        _sumOverActorPairs = sumOverActorPairs;
        return this;
    }

    /// <summary>The voters sorted into slots; shared with pass 1 of the same round (read, not copied).</summary>
    public PositionSlots Slots { get; private set; }

    /// <summary>The distinct positions, ascending.</summary>
    public double[] Distinct => Slots.Distinct;

    /// <summary>How many actors hold each distinct position.</summary>
    public int[] Multiplicity => Slots.Multiplicity;

    /// <summary>For each actor, the index of its position in <see cref="Distinct"/>.</summary>
    public int[] SlotOfActor => Slots.SlotOfActor;

    /// <summary>Number of distinct positions.</summary>
    public int Size => Slots.Size;

    /// <summary>The largest N(a, b) over all pairs of slots (0 for one slot): bounds every probability of the Scholz code.</summary>
    public double Largest { get; private set; }

    /// <summary>N(a, b) for distinct positions a and b (by slot); 0 when a = b.</summary>
    public double this[int a, int b] => _support[(long)a * Distinct.Length + b];

    /// <summary>N(b, a) read along row a: the support for b against a.</summary>
    public double Against(int a, int b) => _transposed[(long)a * Distinct.Length + b];

    /// <summary>Row a of N: the support for a against every slot.</summary>
    public ReadOnlySpan<double> Row(int a) => _support.AsSpan(a * Distinct.Length, Distinct.Length);

    /// <summary>Row a of Nᵀ: the support for every slot against a.</summary>
    public ReadOnlySpan<double> RowAgainst(int a) => _transposed.AsSpan(a * Distinct.Length, Distinct.Length);

    /// <summary>Σ over ordered pairs of actors (a, b) of N(x_a, x_b); twice this is the Scholz code's global denominator.</summary>
    /// <remarks>Summed while the matrix is assembled: row by row, each row in ascending slot order.</remarks>
    public double SumOverActorPairs() => _sumOverActorPairs;

    /// <summary>Computes the matrix. Positions must already be snapped, so that distinct positions are well apart.</summary>
    /// <param name="exponents">Each voter's risk exponent r_k; null means 1 for everyone.</param>
    /// <param name="workspace">Where to take the matrix and its scratch from (reused between rounds; its
    /// <see cref="BdmWorkspace.Slots"/> are refilled); null allocates them.</param>
    /// <param name="powers">How the voters' powers are evaluated: with shared logarithms, ln(|y_a − y_p| / ρ) is taken
    /// once per pair of positions in each row and every voter's power is one exponential (<see cref="SharedPowers"/>).</param>
    public static SupportMatrix Compute(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights, double[]? exponents, double range,
        BdmWorkspace? workspace = null, PowerEvaluation powers = PowerEvaluation.Exact) =>
        Compute(workspace?.Slots.Fill(positions) ?? PositionSlots.Of(positions), weights, exponents, range, workspace, powers);

    /// <summary>As above, from voters already sorted into <paramref name="slots"/> (a round sorts once for both passes).</summary>
    public static SupportMatrix Compute(PositionSlots slots, ReadOnlySpan<double> weights, double[]? exponents, double range,
        BdmWorkspace? workspace = null, PowerEvaluation powers = PowerEvaluation.Exact)
    {
        var scratch = workspace?.SupportScratch ?? new Scratch();
        var order = slots.Order;
        var vx = slots.Sorted;
        var n = vx.Length;
        var vw = scratch.Weights.Of(n);
        var vr = scratch.Exponents.Of(n);
        for (var t = 0; t < n; t++)
        {
            vw[t] = weights[order[t]];
            vr[t] = exponents?[order[t]] ?? 1.0;
        }
        var y = slots.Distinct;
        var boundaries = slots.First;
        var multiplicity = slots.Multiplicity;
        var m = y.Length;

        // Row p writes its own part of N(p, ·) into `support` and its part of N(·, p) into row p of
        // `transposed`; both are sequential writes. The two halves are then added by a blocked transpose.
        // Every cell is written below (the diagonal explicitly), so the arrays need not be zeroed first.
        var (support, transposed) = workspace?.Matrices((long)m * m)
            ?? (GC.AllocateUninitializedArray<double>(checked(m * m)), GC.AllocateUninitializedArray<double>(checked(m * m)));
        var shared = exponents is not null && powers == PowerEvaluation.SharedLogarithms;
        var voters = new Voters(vx, vw, vr, shared ? SlotOfVoter(boundaries, scratch.SlotOfVoter.Of(n)) : null);
        if (m >= Parallelism.Threshold) RowsInParallel(voters, y, boundaries, range, support, transposed);
        else
        {
            var buffers = scratch.Rows.For(n, m);
            // The round's table of ln d, when the round made one for these positions and range (it reuses the previous round's pairs).
            buffers.Table = shared && workspace is not null && workspace.Logs.Holds(y, range) ? workspace.Logs : null;
            var runs = slots.NearerRuns();
            for (var p = 0; p < m; p++) Row(p, buffers, voters, y, boundaries, range, support, transposed, runs);
        }
        // Combine adds to each row sum, so the sums start at zero.
        var rowSums = scratch.RowSums.Of(m);
        Array.Clear(rowSums);
        var blocks = (m + Block - 1) / Block;
        var bandLargest = scratch.BandLargest.Of(blocks);
        if (m >= Parallelism.Threshold) CombineInParallel(support, transposed, multiplicity, rowSums, bandLargest, m);
        else
            for (var b = 0; b < blocks; b++) bandLargest[b] = Combine(b * Block, support, transposed, multiplicity, rowSums, m);
        double total = 0;
        for (var p = 0; p < m; p++) total += multiplicity[p] * rowSums[p];
        var largest = bandLargest.Max();
        if (workspace is null) return new SupportMatrix(slots, support, transposed, total, largest);
        return scratch.Matrix is { } kept
            ? kept.Renew(slots, support, transposed, total, largest)
            : scratch.Matrix = new SupportMatrix(slots, support, transposed, total, largest);
    }

    /// <summary>The rows of a large matrix over the cores, each thread with its own row buffers.</summary>
    /// <remarks>Kept out of Compute so that small issues do not allocate the lambda's captured state on every round.</remarks>
    private static void RowsInParallel(Voters voters, double[] y, int[] boundaries, double range, double[] support, double[] transposed)
    {
        var n = voters.X.Length;
        var m = y.Length;
        Parallel.For(0, m, () => new RowBuffers().For(n, m), (p, _, buffers) =>
        {
            Row(p, buffers, voters, y, boundaries, range, support, transposed, null);
            return buffers;
        }, _ => { });
    }

    /// <summary>The bands of <see cref="Combine"/> over the cores (large matrices only).</summary>
    private static void CombineInParallel(double[] support, double[] transposed, int[] multiplicity, double[] rowSums, double[] bandLargest, int m) =>
        Parallel.For(0, bandLargest.Length, b => bandLargest[b] = Combine(b * Block, support, transposed, multiplicity, rowSums, m));

    /// <summary>
    /// N(p, q) = own part (row p of <paramref name="support"/>) + partner's part (row q of <paramref name="transposed"/>)
    /// for the rows p of one band of <see cref="Block"/> rows and every q; writes N into <paramref name="support"/> and
    /// Nᵀ into <paramref name="transposed"/>, in cache-sized blocks, and the band's multiplicity-weighted row sums.
    /// </summary>
    /// <remarks>
    /// Each cell pair {(p, q), (q, p)} belongs to exactly one block, so the bands can run on different threads and
    /// each cell is read and written exactly once, in place. A band walks q upwards, so every row sum adds its terms
    /// in ascending slot order whatever the thread count. Returns the band's largest N.
    /// </remarks>
    private static double Combine(int p0, double[] support, double[] transposed, int[] multiplicity, double[] rowSums, int m)
    {
        var p1 = Math.Min(p0 + Block, m);
        double largest = 0;
        for (var q0 = 0; q0 < m; q0 += Block)
        {
            var q1 = Math.Min(q0 + Block, m);
            for (var p = p0; p < p1; p++)
            {
                var row = rowSums[p];
                for (var q = q0; q < q1; q++)
                {
                    var v = support[(long)p * m + q] + transposed[(long)q * m + p];
                    support[(long)p * m + q] = v;
                    transposed[(long)q * m + p] = v;
                    row += multiplicity[q] * v;
                    largest = Math.Max(largest, v);
                }
                rowSums[p] = row;
            }
        }
        return largest;
    }

    /// <summary>For each voter in position order, its slot, written into <paramref name="slot"/> (n entries).</summary>
    private static int[] SlotOfVoter(int[] first, int[] slot)
    {
        for (var a = 0; a + 1 < first.Length; a++)
            for (var t = first[a]; t < first[a + 1]; t++) slot[t] = a;
        return slot;
    }

    /// <summary>One row of the prefix-sum method: the sums for position slot p against every other slot.</summary>
    /// <param name="runs">The slots' <see cref="PositionSlots.NearerRuns"/>, or null to walk them here (rows on several threads).
    /// The partner's side is q's own run against p: between y_p and y_q, being strictly nearer y_q holds from some voter
    /// on (the two rounded differences move in opposite directions), so the walk from p's run up to the first voter
    /// nearer y_q and the walk from y_q down to the last one end at the same boundary.</param>
    private static void Row(int p, RowBuffers buffers, Voters voters, double[] y, int[] first, double range,
        double[] support, double[] transposed, int[]? runs)
    {
        var vx = voters.X;
        var n = vx.Length;
        var m = y.Length;
        var prefix = buffers.Prefix;
        if (voters.Slot is null) FillPrefix(prefix, vx, voters.W, voters.R, y[p], range);
        else FillPrefixShared(p, buffers, voters, y, range);
        var total = prefix[n];
        // Row p of both matrices, and y_p, in locals: a store into a row could otherwise be taken to change them.
        var own = support.AsSpan(p * m, m);
        var partner = transposed.AsSpan(p * m, m);
        var yp = y[p];
        own[p] = 0;
        partner[p] = 0;

        // Partners above: p's side is [0, low), the partner's side is [high, n).
        var low = first[p + 1];
        for (var q = p + 1; q < m; q++)
        {
            var yq = y[q];
            int high;
            if (runs is null)
            {
                while (low < n && PositionSlots.Nearer(vx[low], yp, yq)) low++;
                high = low;
                while (high < n && !PositionSlots.Nearer(vx[high], yq, yp)) high++;
            }
            else (low, high) = (runs[p * m + q], runs[q * m + p]);
            own[q] = -prefix[low];
            partner[q] = total - prefix[high];
        }

        // Partners below: p's side is [start, n), the partner's side is [0, end).
        var start = first[p];
        for (var q = p - 1; q >= 0; q--)
        {
            var yq = y[q];
            int end;
            if (runs is null)
            {
                while (start > 0 && PositionSlots.Nearer(vx[start - 1], yp, yq)) start--;
                end = start;
                while (end > 0 && !PositionSlots.Nearer(vx[end - 1], yq, yp)) end--;
            }
            else (start, end) = (runs[p * m + q], runs[q * m + p]);
            own[q] = -(total - prefix[start]);
            partner[q] = prefix[end];
        }
    }


    /// <summary>
    /// <see cref="FillPrefix"/> with <see cref="PowerEvaluation.SharedLogarithms"/>: the distance from each position to y_p
    /// is the same number as in FillPrefix, its logarithm is taken once per position, and each voter's power is e^(r·ln d).
    /// </summary>
    private static void FillPrefixShared(int p, RowBuffers buffers, Voters voters, double[] y, double range)
    {
        var m = y.Length;
        var yp = y[p];
        ReadOnlySpan<double> slotDistance, slotLog;
        if (buffers.Table is { } table)
        {
            slotDistance = table.DistanceRow(p);
            slotLog = table.LogDistanceRow(p);
        }
        else
        {
            var distances = buffers.SlotDistance;
            for (var a = 0; a < m; a++) distances[a] = Math.Abs(y[a] - yp) / range;
            SharedPowers.Log(distances, buffers.SlotLog);
            slotDistance = distances;
            slotLog = buffers.SlotLog;
        }
        var vx = voters.X;
        var n = vx.Length;
        var slot = voters.Slot!;
        var logs = buffers.Logs;
        for (var t = 0; t < n; t++) logs[t] = slotLog[slot[t]];
        var vr = voters.R;
        var powers = buffers.Powers;
        SharedPowers.Exp(logs, vr, powers);
        var vw = voters.W;
        var prefix = buffers.Prefix;
        double sum = 0;
        prefix[0] = 0;
        for (var t = 0; t < n; t++)
        {
            var r = vr[t];
            sum += vw[t] * (r == 1.0 ? slotDistance[slot[t]] : powers[t]);
            prefix[t + 1] = sum;
        }
    }

    private static void FillPrefix(double[] prefix, double[] vx, double[] vw, double[] vr, double y, double range)
    {
        double sum = 0;
        prefix[0] = 0;
        for (var t = 0; t < vx.Length; t++)
        {
            var distance = Math.Abs(vx[t] - y) / range;
            var r = vr[t];
            sum += vw[t] * (r == 1.0 ? distance : Math.Pow(distance, r));
            prefix[t + 1] = sum;
        }
    }
}
