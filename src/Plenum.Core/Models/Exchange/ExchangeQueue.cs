namespace Plenum.Core.Models.Exchange;

/// <summary>
/// The execution order of a round: highest key first, among equal keys the candidate created first. Keys are
/// upper bounds of gains (see <see cref="ExchangeRound"/>). The millions of entries a round starts with sit in
/// buckets by key (sixteen per power of two) and a bucket is sorted only when the top reaches it — by then most
/// of its candidates have become invalid and are dropped unsorted. Entries added later (gains that rose, keys
/// lowered on reaching the top) go to an ordinary heap, which stays small.
/// </summary>
internal sealed class ExchangeQueue
{
    private readonly Entry[] _initial;
    private readonly int[] _bucketBegin;
    private readonly CandidateState[] _state;
    private int _bucket;
    private int _cursor;
    private int _end;
    private readonly PriorityQueue<int, Entry> _later = new();

    /// <param name="state">The candidates; each with a <see cref="CandidateState.QueuedGain"/> (NaN: not queued) is queued
    /// with that key. An entry whose candidate is invalid or has another key by the time its bucket opens is dropped.</param>
    public ExchangeQueue(CandidateState[] state)
    {
        _state = state;
        long lowest = long.MaxValue, highest = long.MinValue;
        var queued = 0;
        for (var k = 0; k < state.Length; k++)
        {
            if (double.IsNaN(state[k].QueuedGain)) continue;
            var b = BucketOf(state[k].QueuedGain);
            if (b < lowest) lowest = b;
            if (b > highest) highest = b;
            queued++;
        }
        if (queued == 0)
        {
            _initial = [];
            _bucketBegin = [0, 0];
            _bucket = -1;
            return;
        }
        // Buckets from the highest key down: bucket 0 holds the highest keys.
        var buckets = (int)(highest - lowest + 1);
        _bucketBegin = new int[buckets + 1];
        for (var k = 0; k < state.Length; k++)
            if (!double.IsNaN(state[k].QueuedGain)) _bucketBegin[(int)(highest - BucketOf(state[k].QueuedGain)) + 1]++;
        for (var b = 0; b < buckets; b++) _bucketBegin[b + 1] += _bucketBegin[b];
        _initial = new Entry[queued];
        var fill = (int[])_bucketBegin.Clone();
        for (var k = 0; k < state.Length; k++)
        {
            var gain = state[k].QueuedGain;
            if (!double.IsNaN(gain)) _initial[fill[(int)(highest - BucketOf(gain))]++] = new Entry(gain, k);
        }
        _bucket = -1;
        OpenNextBucket();
    }

    /// <summary>Queues candidate <paramref name="index"/> with key <paramref name="gain"/>.</summary>
    public void Enqueue(int index, double gain) => _later.Enqueue(index, new Entry(gain, index));

    /// <summary>The entry that comes next, if any.</summary>
    public bool TryPeek(out int index, out double gain)
    {
        var hasLater = _later.TryPeek(out var laterIndex, out var later);
        var hasInitial = _cursor < _end;
        if (hasInitial && (!hasLater || _initial[_cursor].CompareTo(later) < 0))
        {
            (gain, index) = (_initial[_cursor].Gain, _initial[_cursor].Index);
            return true;
        }
        (gain, index) = hasLater ? (later.Gain, laterIndex) : (0, -1);
        return hasLater;
    }

    /// <summary>Removes the entry <see cref="TryPeek"/> returned.</summary>
    public void Dequeue()
    {
        var hasLater = _later.TryPeek(out _, out var later);
        if (_cursor < _end && (!hasLater || _initial[_cursor].CompareTo(later) < 0))
        {
            if (++_cursor == _end) OpenNextBucket();
            return;
        }
        _later.Dequeue();
    }

    /// <summary>Moves to the next non-empty bucket: drops its stale entries, sorts the rest.</summary>
    private void OpenNextBucket()
    {
        while (++_bucket < _bucketBegin.Length - 1)
        {
            var begin = _bucketBegin[_bucket];
            var write = begin;
            for (var r = begin; r < _bucketBegin[_bucket + 1]; r++)
            {
                ref readonly var x = ref _state[_initial[r].Index];
                if (x.Valid && x.QueuedGain == _initial[r].Gain) _initial[write++] = _initial[r];
            }
            if (write == begin) continue;
            _initial.AsSpan(begin, write - begin).Sort();
            _cursor = begin;
            _end = write;
            return;
        }
        _cursor = _end = 0;
    }

    /// <summary>Sixteen buckets per power of two; the bit pattern of a positive double grows with its value.</summary>
    private static long BucketOf(double gain) => gain > 0 ? BitConverter.DoubleToInt64Bits(gain) >> 48 : 0;

    /// <summary>Queue order: highest gain first; among equal gains the one created first.</summary>
    private readonly record struct Entry(double Gain, int Index) : IComparable<Entry>
    {
        public int CompareTo(Entry other)
        {
            var byGain = other.Gain.CompareTo(Gain);
            return byGain != 0 ? byGain : Index.CompareTo(other.Index);
        }
    }
}
