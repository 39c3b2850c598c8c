using System.Runtime.CompilerServices;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// The recalculation after an execution: the four rows it touches, on one thread or split into chunks over all
/// cores. The candidates of the rows are independent while they are recalculated — each recalculation writes only
/// its own <see cref="CandidateState"/> and reads positions and third-party positions that no one changes until
/// the next execution — and a candidate listed in two of the rows is recalculated by the first only (a rule on
/// its own fields, whatever thread looks at it). The rows are compacted and the queue fed afterwards, on one
/// thread, in row order; the queue's order is total (key, then index), so the order of its entries' arrival does
/// not matter either. Hence the same round on any number of threads.
/// </summary>
internal sealed partial class ExchangeRound
{
    /// <summary>Candidates of a row whose state is loaded together before any of them is recalculated.</summary>
    private const int TouchBatch = 16;

    /// <summary>Entries per chunk of a split row.</summary>
    private const int ChunkEntries = 96;

    private readonly CandidateLists[] _rowLists = new CandidateLists[4];
    private readonly int[] _rowCells = new int[4];

    /// <summary>Per row of the execution: whether it is left alone (a demand row no candidate of which can change, see <see cref="CutRanges"/>).</summary>
    private readonly bool[] _rowLeft = new bool[4];

    /// <summary>Per chunk: its row (0–3), its range in the row's items, where its kept entries end, where its pushes start and end.</summary>
    private int[] _chunkRow = [], _chunkFrom = [], _chunkTo = [], _chunkKept = [], _chunkPushFrom = [], _chunkPushTo = [];

    /// <summary>Per chunk: whether it kept entries that belong to an earlier row (their validity is known only after all chunks).</summary>
    private bool[] _chunkDeferred = [];

    /// <summary>Candidates whose gain rose above their queue key, per chunk.</summary>
    private int[] _pushes = [];

    /// <summary>The execution whose rows are being recalculated (read by all threads).</summary>
    private ExchangeCandidate _executing;

    private Action<int>? _touchChunk;

    /// <summary>
    /// Recalculates the rows of <paramref name="e"/>: the candidates with E's (actor, supply issue) as a side's
    /// supply, then those with its (actor, demand issue) as a side's demand.
    /// </summary>
    private void TouchRows(in ExchangeCandidate e)
    {
        _rowLists[0] = _bySupply;
        _rowCells[0] = e.I.Actor * _n + e.I.Supply;
        _rowLists[1] = _bySupply;
        _rowCells[1] = e.J.Actor * _n + e.J.Supply;
        _rowLists[2] = _byDemand;
        _rowCells[2] = e.J.Actor * _n + e.J.Demand;
        _rowLists[3] = _byDemand;
        _rowCells[3] = e.I.Actor * _n + e.I.Demand;
        _rowLeft[0] = _rowLeft[1] = false;
        _rowLeft[2] = !MayCut(_rowCells[2], e.J.Demand);
        _rowLeft[3] = !MayCut(_rowCells[3], e.I.Demand);
        DropReached(_rowCells[0]);
        DropReached(_rowCells[1]);
        if (!_rowLeft[2]) BuildDemandRow(_rowCells[2], e.J.Demand);
        if (!_rowLeft[3]) BuildDemandRow(_rowCells[3], e.I.Demand);
        var total = 0;
        for (var r = 0; r < 4; r++)
            if (!_rowLeft[r]) total += _rowLists[r].Count(_rowCells[r]);
        if (total < _workspace.ParallelTouchFrom || !_workspace.Workers.CanSplit)
        {
            for (var r = 0; r < 4; r++)
                if (!_rowLeft[r]) Touch(_rowLists[r], _rowCells[r], e, r);
            return;
        }

        var chunks = SplitRows(total);
        _executing = e;
        _shared = true;
        _workspace.Workers.Run(chunks, _touchChunk ??= TouchChunk);
        _shared = false;

        var t = 0;
        for (var r = 0; r < 4; r++)
        {
            if (_rowLeft[r]) continue;
            var lists = _rowLists[r];
            var items = lists.Items;
            var begin = lists.Begin(_rowCells[r]);
            var write = begin;
            for (; t < chunks && _chunkRow[t] == r; t++)
            {
                if (_chunkDeferred[t])
                {
                    for (var at = _chunkFrom[t]; at < _chunkKept[t]; at++)
                        if (!_gone.Contains(items[at]) && _state[items[at]].Valid) lists.Move(at, write++);
                    continue;
                }
                var kept = _chunkKept[t] - _chunkFrom[t];
                if (write != _chunkFrom[t])
                {
                    Array.Copy(items, _chunkFrom[t], items, write, kept);
                    if (lists.Targets is { } targets) Array.Copy(targets, _chunkFrom[t], targets, write, kept);
                }
                write += kept;
            }
            lists.Keep(_rowCells[r], write - begin);
        }
        for (var c = 0; c < chunks; c++)
            for (var at = _chunkPushFrom[c]; at < _chunkPushTo[c]; at++)
                Push(_pushes[at], ref _state[_pushes[at]]);
    }

    /// <summary>
    /// Drops from the supply row <paramref name="cell"/>, without reading them, the candidates whose target the row's
    /// actor has now reached (see <see cref="Passed"/>), and marks them gone; the rest stay in order. Only these rows
    /// carry targets, and their survivors are what a recalculation reads.
    /// </summary>
    private void DropReached(int cell)
    {
        var items = _bySupply.Items;
        var targets = _bySupply.Targets!;
        var begin = _bySupply.Begin(cell);
        var end = begin + _bySupply.Count(cell);
        // Reached: the row's actor (which moves from its start toward the target's side) stands at or beyond the target.
        var position = _current[cell];
        var from = _start[cell];
        var start = _start;
        var gone = _gone;
        var write = begin;
        for (var at = begin; at < end; at++)
        {
            var k = items[at];
            if (gone.Contains(k)) continue;
            var target = start[targets[at]];
            if (target > from ? position >= target : position <= target)
            {
                gone.Mark(k);
                continue;
            }
            if (write != at)
            {
                items[write] = k;
                targets[write] = targets[at];
            }
            write++;
        }
        _bySupply.Keep(cell, write - begin);
    }

    /// <summary>
    /// Builds the demand row of <paramref name="cell"/> (an actor b on <paramref name="issue"/>) the first time it is
    /// recalculated in the round: the candidates whose side demands the issue with b are exactly those whose supply
    /// side on the issue moves toward b, i.e. the supply rows' entries on the issue with b's cell as their target.
    /// Every valid candidate is still in its supply rows (they only drop invalid ones), so the row holds every valid
    /// candidate a row written at creation would hold now; the invalid ones either row may hold are skipped the same
    /// way when it is recalculated, and the order within a row does not matter (see the class remarks).
    /// </summary>
    private void BuildDemandRow(int cell, int issue)
    {
        if (_byDemand.IsBuilt(cell)) return;
        var items = _bySupply.Items;
        var targets = _bySupply.Targets!;
        for (var a = 0; a < _space.ActorCount; a++)
        {
            var supply = a * _n + issue;
            var begin = _bySupply.Begin(supply);
            var end = begin + _bySupply.Count(supply);
            for (var at = begin; at < end; at++)
                if (targets[at] == cell) _byDemand.Add(items[at]);
        }
        _byDemand.Close(cell);
    }

    /// <summary>Whether some candidate of the demand row <paramref name="cell"/> (on <paramref name="issue"/>) may change with the position just recorded there.</summary>
    private bool MayCut(int cell, int issue) =>
        _cutRanges.MayCut(cell, _solver.ThirdPartySum(cell), 100 * _space.WeightSum[issue]);

    /// <summary>Cuts the four rows into chunks of <see cref="ChunkEntries"/>, in row order; returns how many.</summary>
    private int SplitRows(int total)
    {
        var most = 4 + total / ChunkEntries;
        if (_chunkRow.Length < most)
        {
            _chunkRow = new int[most];
            _chunkFrom = new int[most];
            _chunkTo = new int[most];
            _chunkKept = new int[most];
            _chunkPushFrom = new int[most];
            _chunkPushTo = new int[most];
            _chunkDeferred = new bool[most];
        }
        if (_pushes.Length < total) _pushes = new int[Math.Max(total, 2 * _pushes.Length)];
        var chunks = 0;
        var pushes = 0;
        for (var r = 0; r < 4; r++)
        {
            if (_rowLeft[r]) continue;
            var begin = _rowLists[r].Begin(_rowCells[r]);
            var length = _rowLists[r].Count(_rowCells[r]);
            for (var from = 0; from < length; from += ChunkEntries)
            {
                var to = Math.Min(from + ChunkEntries, length);
                _chunkRow[chunks] = r;
                _chunkFrom[chunks] = begin + from;
                _chunkTo[chunks] = begin + to;
                _chunkPushFrom[chunks] = pushes;
                pushes += to - from;
                chunks++;
            }
        }
        return chunks;
    }

    /// <summary>
    /// Recalculates one chunk (any thread): drops the entries that are or become invalid, keeps the others in
    /// order at the chunk's start, notes the candidates to queue again. Entries of candidates listed in an earlier
    /// row are kept here and checked once every chunk is done.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TouchChunk(int chunk)
    {
        var rowNumber = _chunkRow[chunk];
        var lists = _rowLists[rowNumber];
        var items = lists.Items;
        var from = _chunkFrom[chunk];
        var to = _chunkTo[chunk];
        var write = from;
        var push = _chunkPushFrom[chunk];
        var deferred = false;
        Span<bool> live = stackalloc bool[TouchBatch];
        Span<bool> gone = stackalloc bool[TouchBatch];
        for (var batch = from; batch < to; batch += TouchBatch)
        {
            var end = Math.Min(batch + TouchBatch, to);
            // As in Touch: the loads of a batch first, so their cache misses overlap. A candidate of an earlier row
            // may be changing on another thread; its value read here is not used. A gone candidate (here or, in an
            // earlier row, on another thread: invalid either way, for good) is dropped without reading it.
            for (var at = batch; at < end; at++)
            {
                var k = items[at];
                gone[at - batch] = _gone.Contains(k);
                live[at - batch] = !gone[at - batch] && _state[k].Valid;
            }
            for (var at = batch; at < end; at++)
            {
                if (gone[at - batch] || (rowNumber < 2 && !live[at - batch])) continue;
                var k = items[at];
                ref var x = ref _state[k];
                if (InEarlierRow(x, _executing, rowNumber, _rowLeft[2]))
                {
                    lists.Move(at, write++);
                    deferred = true;
                    continue;
                }
                if (!live[at - batch]) continue;
                if (Passed(x))
                {
                    x.Valid = false;
                    MarkGone(k);
                    continue;
                }
                Recalculate(k, ref x, _executing);
                if (!x.Valid) continue;
                if (!(x.Gain <= x.QueuedGain)) _pushes[push++] = k;
                lists.Move(at, write++);
            }
        }
        _chunkKept[chunk] = write;
        _chunkPushTo[chunk] = push;
        _chunkDeferred[chunk] = deferred;
    }

    /// <summary>Recalculates the candidates of a row not listed in an earlier row of this execution, and drops the invalid ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Touch(CandidateLists lists, int cell, in ExchangeCandidate e, int rowNumber)
    {
        var items = lists.Items;
        var begin = lists.Begin(cell);
        var end = begin + lists.Count(cell);
        var write = begin;
        Span<bool> live = stackalloc bool[TouchBatch];
        for (var batch = begin; batch < end; batch += TouchBatch)
        {
            var stop = Math.Min(batch + TouchBatch, end);
            // A tight loop of independent loads first, so the cache misses of a batch overlap instead of queueing.
            // A gone candidate is dropped without reading it.
            for (var r = batch; r < stop; r++)
            {
                var k = items[r];
                live[r - batch] = !_gone.Contains(k) && _state[k].Valid;
            }
            for (var r = batch; r < stop; r++)
            {
                if (!live[r - batch]) continue;
                var k = items[r];
                ref var x = ref _state[k];
                if (!InEarlierRow(x, e, rowNumber, _rowLeft[2]))
                {
                    if (Passed(x))
                    {
                        x.Valid = false;
                        MarkGone(k);
                        continue;
                    }
                    Recalculate(k, ref x, e);
                    if (!x.Valid) continue;
                    if (!(x.Gain <= x.QueuedGain)) Push(k, ref x);
                }
                lists.Move(r, write++);
            }
        }
        lists.Keep(cell, write - begin);
    }
}
