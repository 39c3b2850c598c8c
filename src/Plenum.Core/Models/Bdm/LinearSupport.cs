namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Third-party support N(a, b) when every voter's exponent is 1 (pass 1 of the Scholz code), in closed form:
/// no matrix, O(1) per pair after sorting.
/// </summary>
/// <remarks>
/// With u_k(y) = |x_k − y| / ρ, the sum of w_k·u_k(y) over a run of position-sorted voters that lies on one side
/// of y is ±(y·ΣW − ΣWX) / ρ, from prefix sums of w and w·x; a run that straddles y splits at y. The runs of
/// voters nearer a than b are found exactly as in <see cref="SupportMatrix"/> (same test, same two pointers), so
/// the two methods agree up to summation order: the sums are the same numbers added differently, a relative
/// difference of the order of 1e-15 (BdmOracleTest compares both with the naive sums). Pass 1 only sets the
/// risk exponents, so no matrix is kept: a round needs one m × m matrix pair (pass 2) instead of two.
/// </remarks>
internal sealed class LinearSupport
{
    private readonly ArraysByLength<double> _weightSums = new();
    private readonly ArraysByLength<double> _momentSums = new();
    private PositionSlots _slots = new();
    private double[] _vx = [];
    private double[] _w = [];
    private double[] _wx = [];
    private double[] _y = [];
    private int[] _first = [];
    private double _range;

    /// <summary>The voters sorted into slots (read, not copied: shared with pass 2 of the same round).</summary>
    public PositionSlots Slots => _slots;

    /// <summary>How many actors hold each distinct position.</summary>
    public int[] Multiplicity => _slots.Multiplicity;

    /// <summary>For each actor, the index of its position among the distinct positions (ascending).</summary>
    public int[] SlotOfActor => _slots.SlotOfActor;

    /// <summary>Number of distinct positions.</summary>
    public int Size => _y.Length;

    /// <summary>The distinct positions, ascending.</summary>
    public double[] Positions => _y;

    /// <summary>Sorts the voters and builds the prefix sums, in new arrays. Positions must already be snapped.</summary>
    public static LinearSupport Compute(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights, double range) =>
        new LinearSupport().Prepare(PositionSlots.Of(positions), weights, range);

    /// <summary>
    /// Builds the prefix sums over the sorted voters of <paramref name="slots"/> into this instance's buffers (a
    /// workspace keeps one and prepares it every round); returns it. The slots are read, not copied.
    /// </summary>
    public LinearSupport Prepare(PositionSlots slots, ReadOnlySpan<double> weights, double range)
    {
        var order = slots.Order;
        var vx = slots.Sorted;
        var n = vx.Length;
        var w = _weightSums.Of(n + 1);
        var wx = _momentSums.Of(n + 1);
        w[0] = 0;
        wx[0] = 0;
        for (var t = 0; t < n; t++)
        {
            var wt = weights[order[t]];
            w[t + 1] = w[t] + wt;
            wx[t + 1] = wx[t] + wt * vx[t];
        }
        _slots = slots;
        _vx = vx;
        _w = w;
        _wx = wx;
        _y = slots.Distinct;
        _first = slots.First;
        _range = range;
        return this;
    }

    /// <summary>
    /// For slot p and every slot q: <paramref name="own"/>[q] = N(p, q), the support for p against q, and
    /// <paramref name="partner"/>[q] = N(q, p); both 0 at q = p. Θ(m + n). An empty <paramref name="partner"/> skips it.
    /// </summary>
    public void Fill(int p, Span<double> own, Span<double> partner)
    {
        if (partner.IsEmpty)
        {
            FillOwn(p, own, null);
            return;
        }
        var n = _vx.Length;
        var m = _y.Length;
        var yp = _y[p];
        own[p] = 0;
        partner[p] = 0;

        // Partners above: p's side is [0, low), the partner's side is [high, n).
        var low = _first[p + 1];
        var atOrBelowP = _first[p + 1];
        for (var q = p + 1; q < m; q++)
        {
            var yq = _y[q];
            while (low < n && PositionSlots.Nearer(_vx[low], yp, yq)) low++;
            var high = low;
            while (high < n && !PositionSlots.Nearer(_vx[high], yq, yp)) high++;
            // Voters in [0, low) are below y_q; those in [0, atOrBelowP) are at or below y_p.
            var toQ = yq * W(0, low) - X(0, low);
            var toP = yp * W(0, atOrBelowP) - X(0, atOrBelowP) + (X(atOrBelowP, low) - yp * W(atOrBelowP, low));
            own[q] = (toQ - toP) / _range;
            // Voters in [high, n) are above y_p; those in [high, first[q]) are below y_q.
            var belowQ = _first[q];
            var fromP = X(high, n) - yp * W(high, n);
            var fromQ = yq * W(high, belowQ) - X(high, belowQ) + (X(belowQ, n) - yq * W(belowQ, n));
            partner[q] = (fromP - fromQ) / _range;
        }

        // Partners below: p's side is [start, n), the partner's side is [0, end).
        var start = _first[p];
        var belowP = _first[p];
        for (var q = p - 1; q >= 0; q--)
        {
            var yq = _y[q];
            while (start > 0 && PositionSlots.Nearer(_vx[start - 1], yp, yq)) start--;
            var end = start;
            while (end > 0 && !PositionSlots.Nearer(_vx[end - 1], yq, yp)) end--;
            // Voters in [start, n) are above y_q; those in [start, belowP) are below y_p.
            var toQ = X(start, n) - yq * W(start, n);
            var toP = yp * W(start, belowP) - X(start, belowP) + (X(belowP, n) - yp * W(belowP, n));
            own[q] = (toQ - toP) / _range;
            // Voters in [0, end) are below y_p; those in [0, first[q + 1]) are at or below y_q.
            var atOrBelowQ = _first[q + 1];
            var fromP = yp * W(0, end) - X(0, end);
            var fromQ = yq * W(0, atOrBelowQ) - X(0, atOrBelowQ) + (X(atOrBelowQ, end) - yq * W(atOrBelowQ, end));
            partner[q] = (fromP - fromQ) / _range;
        }
    }

    /// <summary>
    /// <see cref="Fill"/> without the partner values (pass 1's matrix of small issues, m fills a round): the same
    /// expressions in the same order, with the arrays in locals and the terms that do not depend on q taken once.
    /// </summary>
    /// <param name="runs">The slots' <see cref="PositionSlots.NearerRuns"/>, or null to walk them here.</param>
    private void FillOwn(int p, Span<double> own, int[]? runs)
    {
        var vx = _vx;
        var w = _w;
        var wx = _wx;
        var y = _y;
        var range = _range;
        var n = vx.Length;
        var m = y.Length;
        var yp = y[p];
        own[p] = 0;

        // Partners above: p's side is [0, low). Voters in [0, low) are below y_q; those in [0, atOrBelowP) are at
        // or below y_p. W(0, t) = w[t] − w[0] and X(0, t) = wx[t] − wx[0], as in Fill.
        var atOrBelowP = _first[p + 1];
        var low = atOrBelowP;
        var w0 = w[0];
        var x0 = wx[0];
        var wP = w[atOrBelowP];
        var xP = wx[atOrBelowP];
        var pBelow = yp * (wP - w0) - (xP - x0);
        for (var q = p + 1; q < m; q++)
        {
            var yq = y[q];
            if (runs is null)
                while (low < n && PositionSlots.Nearer(vx[low], yp, yq)) low++;
            else low = runs[p * m + q];
            var wLow = w[low];
            var xLow = wx[low];
            var toQ = yq * (wLow - w0) - (xLow - x0);
            var toP = pBelow + ((xLow - xP) - yp * (wLow - wP));
            own[q] = (toQ - toP) / range;
        }

        // Partners below: p's side is [start, n). Voters in [start, n) are above y_q; those in [start, belowP) are below y_p.
        var belowP = _first[p];
        var start = belowP;
        var wN = w[n];
        var xN = wx[n];
        var wB = w[belowP];
        var xB = wx[belowP];
        var pAbove = (xN - xB) - yp * (wN - wB);
        for (var q = p - 1; q >= 0; q--)
        {
            var yq = y[q];
            if (runs is null)
                while (start > 0 && PositionSlots.Nearer(vx[start - 1], yp, yq)) start--;
            else start = runs[p * m + q];
            var wStart = w[start];
            var xStart = wx[start];
            var toQ = (xN - xStart) - yq * (wN - wStart);
            var toP = yp * (wB - wStart) - (xB - xStart) + pAbove;
            own[q] = (toQ - toP) / range;
        }
    }

    /// <summary>Σ over ordered pairs of actors (a, b) of N(x_a, x_b), summed in the order <see cref="SupportMatrix.SumOverActorPairs"/> uses.</summary>
    public double SumOverActorPairs()
    {
        var m = _y.Length;
        var rows = new double[m];
        void RowSum(int a, double[] own)
        {
            Fill(a, own, default);
            double row = 0;
            for (var b = 0; b < m; b++) row += Multiplicity[b] * own[b];
            rows[a] = row;
        }
        if (m >= Parallelism.Threshold)
            Parallel.For(0, m, () => new double[m], (a, _, own) =>
            {
                RowSum(a, own);
                return own;
            }, _ => { });
        else
        {
            var own = new double[m];
            for (var a = 0; a < m; a++) RowSum(a, own);
        }
        double total = 0;
        for (var a = 0; a < m; a++) total += Multiplicity[a] * rows[a];
        return total;
    }

    /// <summary>
    /// N(a, b) for every pair of slots into the m × m row-major <paramref name="matrix"/> (row a = <see cref="Fill"/>'s
    /// own values for a), on the calling thread; returns <see cref="SumOverActorPairs"/>, bit for bit.
    /// </summary>
    /// <remarks>
    /// The partner values <see cref="Fill"/> computes for slot p are column p of this matrix to the last bit: N(q, p) from p's
    /// side and from q's side use the same voter runs (found by the same strict test) and the same expression, so a
    /// caller that needs both N(p, ·) and N(·, p) for every p fills m rows once instead of 2m times.
    /// </remarks>
    public double FillAll(Span<double> matrix, Span<double> rowSums)
    {
        var m = _y.Length;
        // Single-threaded, so the runs may be found once for both passes (small issues only: m² of them).
        var runs = m < Parallelism.Threshold ? _slots.NearerRuns() : null;
        for (var a = 0; a < m; a++)
        {
            var own = matrix.Slice(a * m, m);
            FillOwn(a, own, runs);
            double row = 0;
            for (var b = 0; b < m; b++) row += Multiplicity[b] * own[b];
            rowSums[a] = row;
        }
        double total = 0;
        for (var a = 0; a < m; a++) total += Multiplicity[a] * rowSums[a];
        return total;
    }

    private double W(int from, int to) => _w[to] - _w[from];

    private double X(int from, int to) => _wx[to] - _wx[from];

}
