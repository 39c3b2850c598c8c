using System.Runtime.CompilerServices;

namespace Plenum.Core.Models.Exchange;

/// <summary>Creation of a round's candidates, and the rows and queue buckets built from them.</summary>
internal sealed partial class ExchangeRound
{
    /// <summary>The issue pairs are created in this many consecutive slices (fewer when there are fewer pairs).</summary>
    private const int CreationSlices = 8;

    /// <summary>One issue pair's groups: a = right on both, b = left on p only, c = left on q only, d = left on both.</summary>
    private readonly record struct IssuePair(int P, int Q, int Offset, int[][] Groups);

    /// <summary>
    /// A consecutive run of issue pairs, created on one thread, with what the rows and the queue need to know of
    /// its valid candidates: how many fall in each cell and bucket (later: where the slice's next one goes).
    /// </summary>
    private sealed class CreationSlice(int firstPair, int endPair, int cells, int[] buckets)
    {
        public int FirstPair { get; } = firstPair;
        public int EndPair { get; } = endPair;
        public int[] Supply { get; } = new int[cells];
        public int[] Buckets { get; } = buckets;
        public int Valid { get; set; }
        public int Highest { get; set; } = -1;
        public int Lowest { get; set; } = int.MaxValue;
    }

    /// <summary>
    /// Creates and solves every candidate in Decide's order (issue pairs in scenario order, a×d before b×c, actors
    /// in scenario order), then lays out the rows, the initial queue and the creation gains. The random draws of
    /// the variants are taken first, in that order, on one thread; the rest runs in slices of consecutive issue
    /// pairs on all cores, and every slice writes its own places: a slice's share of a row or of the gains comes
    /// after the earlier slices' shares, so the layout is the one a single thread would make.
    /// </summary>
    private void CreateCandidates()
    {
        var cells = _space.ActorCount * _n;
        var left = new bool[cells];
        for (var d = 0; d < _n; d++)
        {
            var mean = _space.Mean(d, _start);
            for (var a = 0; a < _space.ActorCount; a++) left[a * _n + d] = _start[a * _n + d] <= mean;
        }

        var pairs = new List<IssuePair>();
        var total = 0;
        var members = new List<int>[4];
        for (var p = 0; p < _n; p++)
            for (var q = p + 1; q < _n; q++)
            {
                for (var g = 0; g < 4; g++) members[g] = [];
                for (var a = 0; a < _space.ActorCount; a++)
                {
                    if (!_space.Takes[a * _n + p] || !_space.Takes[a * _n + q]) continue;
                    members[(left[a * _n + p] ? 1 : 0) | (left[a * _n + q] ? 2 : 0)].Add(a);
                }
                var groups = members.Select(m => m.ToArray()).ToArray();
                pairs.Add(new IssuePair(p, q, total, groups));
                total += groups[0].Length * groups[3].Length + groups[1].Length * groups[2].Length;
            }

        _count = total;
        _state = _workspace.State;
        _state.EnsureCapacity(total);
        _gone = _workspace.Gone;
        _gone.Reset(total);
        _creationGains = ExchangeWorkspace.AtLeast(ref _workspace.CreationGains, total);
        if (_options.Variant != ExchangeVariant.EqualGain) DrawInCreationOrder(pairs, total);

        var slices = Slice(pairs, total, cells);
        if (total >= _workspace.ParallelCreationFrom && !_workspace.SingleThreaded)
        {
            _shared = true;
            Parallel.For(0, slices.Count, _workspace.Parallel, t => CreateSlice(pairs, slices[t]));
            _shared = false;
        }
        else
            foreach (var slice in slices) CreateSlice(pairs, slice);

        var (supplyBegin, supplyCount) = PlaceRows(slices, cells);
        var bucketBegin = PlaceBuckets(slices);
        var valid = 0;
        foreach (var slice in slices)
        {
            var v = slice.Valid;
            slice.Valid = valid;
            valid += v;
        }
        _validAtCreation = valid;
        _initialGains = _workspace.KeepInitialGains ? new double[valid] : [];
        var supplyItems = ExchangeWorkspace.AtLeast(ref _workspace.SupplyItems, 2 * valid);
        var supplyTargets = ExchangeWorkspace.AtLeast(ref _workspace.SupplyTargets, 2 * valid);
        var entries = ExchangeWorkspace.AtLeast(ref _workspace.QueueEntries, valid);
        if (total >= _workspace.ParallelCreationFrom && !_workspace.SingleThreaded)
            Parallel.For(0, slices.Count, _workspace.Parallel, t => FillSlice(pairs, slices[t], supplyItems, supplyTargets, entries));
        else
            foreach (var slice in slices) FillSlice(pairs, slice, supplyItems, supplyTargets, entries);

        _bySupply = new CandidateLists(supplyBegin, supplyCount, supplyItems, supplyTargets);
        _byDemand = CandidateLists.BuiltOnUse(cells, _workspace.DemandItems);
        _queue = new ExchangeQueue(_state, _creationGains, entries, bucketBegin, _gone, k => Passed(_state[k]), _workspace.OpenBucket);
    }

    /// <summary>Consecutive runs of issue pairs with about equal numbers of candidates (one run when created on one thread).</summary>
    private List<CreationSlice> Slice(List<IssuePair> pairs, int total, int cells)
    {
        var slices = new List<CreationSlice>();
        var parallel = total >= _workspace.ParallelCreationFrom && !_workspace.SingleThreaded;
        var count = parallel ? Math.Min(CreationSlices, pairs.Count) : 1;
        var first = 0;
        for (var t = 1; t <= count && first < pairs.Count; t++)
        {
            var end = first + 1;
            var goal = (long)total * t / count;
            while (end < pairs.Count && (t == count || pairs[end].Offset < goal)) end++;
            slices.Add(new CreationSlice(first, end, cells, _workspace.BucketCounts(slices.Count)));
            first = end;
        }
        return slices;
    }

    private void CreateSlice(List<IssuePair> pairs, CreationSlice slice)
    {
        // Per actor of the pair, s_p/s_q: which side of a candidate demands p (computed once per actor and pair).
        var ratios = new double[_space.ActorCount];
        var s = _space.Salience;
        for (var t = slice.FirstPair; t < slice.EndPair; t++)
        {
            var (p, q, offset, groups) = pairs[t];
            foreach (var group in groups)
                foreach (var a in group) ratios[a] = s[a * _n + p] / s[a * _n + q];
            var index = offset;
            foreach (var i in groups[0]) foreach (var j in groups[3]) Create(index++, i, j, p, q, slice, ratios);
            foreach (var i in groups[1]) foreach (var j in groups[2]) Create(index++, i, j, p, q, slice, ratios);
        }
    }

    /// <summary>
    /// Turns the slices' per-cell counts into each slice's first place in the rows (cells in order, within a cell
    /// the slices in order), and returns where each row begins and how long it is.
    /// </summary>
    private static (int[] Begin, int[] Count) PlaceRows(List<CreationSlice> slices, int cells)
    {
        var begin = new int[cells];
        var count = new int[cells];
        var place = 0;
        for (var c = 0; c < cells; c++)
        {
            begin[c] = place;
            foreach (var slice in slices)
            {
                var counts = slice.Supply;
                var n = counts[c];
                counts[c] = place;
                place += n;
            }
            count[c] = place - begin[c];
        }
        return (begin, count);
    }

    /// <summary>
    /// Turns the slices' per-key counts into each slice's first place in the initial queue (highest key first) and
    /// returns the bucket starts.
    /// </summary>
    private static int[] PlaceBuckets(List<CreationSlice> slices)
    {
        int highest = -1, lowest = int.MaxValue;
        foreach (var slice in slices)
        {
            highest = Math.Max(highest, slice.Highest);
            lowest = Math.Min(lowest, slice.Lowest);
        }
        if (highest < 0) return [0];
        var bucketBegin = new int[highest - lowest + 2];
        var place = 0;
        for (var key = highest; key >= lowest; key--)
        {
            foreach (var slice in slices)
            {
                var n = slice.Buckets[key];
                slice.Buckets[key] = place;
                place += n;
            }
            bucketBegin[highest - key + 1] = place;
        }
        return bucketBegin;
    }

    /// <summary>Writes the slice's valid candidates, in index order, into their rows (supply rows with their targets), buckets and (when kept) the creation gains.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillSlice(List<IssuePair> pairs, CreationSlice slice, int[] supplyItems, int[] supplyTargets, int[] entries)
    {
        var from = pairs[slice.FirstPair].Offset;
        var to = slice.EndPair < pairs.Count ? pairs[slice.EndPair].Offset : _count;
        var supply = slice.Supply;
        var buckets = slice.Buckets;
        var gains = slice.Valid;
        var keepGains = _initialGains.Length > 0;
        for (var k = from; k < to; k++)
        {
            ref readonly var x = ref _state[k];
            if (!x.Valid) continue;
            if (keepGains) _initialGains[gains++] = x.Gain;
            var atI = supply[x.I * _n + x.Q]++;
            supplyItems[atI] = k;
            supplyTargets[atI] = x.J * _n + x.Q;
            var atJ = supply[x.J * _n + x.P]++;
            supplyItems[atJ] = k;
            supplyTargets[atJ] = x.I * _n + x.P;
            entries[buckets[ExchangeQueue.BucketOf(x.Gain)]++] = k;
        }
    }

    /// <summary>Whether all four weights of actors i and j on issues p and q are positive (else Decide would divide by zero).</summary>
    private bool Tradable(int i, int j, int p, int q)
    {
        var w = _space.Weight;
        return w[i * _n + p] > 0 && w[i * _n + q] > 0 && w[j * _n + p] > 0 && w[j * _n + q] > 0;
    }

    /// <summary>The variants' draws, one candidate after the other in creation order, from the run's stream.</summary>
    private void DrawInCreationOrder(List<IssuePair> pairs, int total)
    {
        _draws = new double[3 * total];
        var s = _space.Salience;
        foreach (var (p, q, offset, groups) in pairs)
        {
            var index = offset;
            foreach (var (a, b) in new[] { (groups[0], groups[3]), (groups[1], groups[2]) })
                foreach (var i0 in a)
                    foreach (var j0 in b)
                    {
                        var k = index++;
                        if (!Tradable(i0, j0, p, q)) continue;
                        var (i, j) = s[i0 * _n + p] / s[i0 * _n + q] < s[j0 * _n + p] / s[j0 * _n + q] ? (j0, i0) : (i0, j0);
                        if (_options.Variant == ExchangeVariant.RandomizedEqualGain)
                        {
                            _draws[3 * k] = _random.NextDouble();
                            _draws[3 * k + 1] = _random.NextDouble();
                            _draws[3 * k + 2] = _options.Randomization * _random.NextDouble();
                        }
                        else
                        {
                            // Uniform between J's break-even rate sjp/sjq and I's sip/siq.
                            var low = s[j * _n + p] / s[j * _n + q];
                            var high = s[i * _n + p] / s[i * _n + q];
                            var z = _random.NextDouble();
                            var rate = low + z * (high - low);
                            _draws[3 * k] = z;
                            _draws[3 * k + 1] = rate;
                            _draws[3 * k + 2] = 1.0 / rate;
                        }
                    }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Create(int index, int i, int j, int p, int q, CreationSlice slice, double[] ratios)
    {
        // The actor with the larger ratio s_p/s_q demands p and supplies q; Decide calls it i.
        if (ratios[i] < ratios[j]) (i, j) = (j, i);
        ref var x = ref _state[index];
        x = new CandidateState { I = i, J = j, P = (short)p, Q = (short)q, QueuedGain = double.NaN };
        if (!Tradable(i, j, p, q)) return;
        if (_options.Variant == ExchangeVariant.EqualGain)
        {
            // Nothing executed yet: solved without walking the (empty) third-party records.
            if (!_solver.SolveEqualGainBeforeExecutions(ref x,
                    out var cutFromI, out var cutToI, out var cutFromJ, out var cutToJ))
            {
                MarkGone(index);
                return;
            }
            _cutRanges.Widen(j * _n + q, cutFromI, cutToI);
            _cutRanges.Widen(i * _n + p, cutFromJ, cutToJ);
        }
        else
        {
            SolveAgain(index, ref x);
            if (!x.Valid) return;
        }
        x.QueuedGain = x.Gain;
        _creationGains[index] = x.Gain;
        slice.Valid++;
        slice.Supply[i * _n + q]++;
        slice.Supply[j * _n + p]++;
        var key = ExchangeQueue.BucketOf(x.Gain);
        slice.Buckets[key]++;
        if (key > slice.Highest) slice.Highest = key;
        if (key < slice.Lowest) slice.Lowest = key;
    }
}
