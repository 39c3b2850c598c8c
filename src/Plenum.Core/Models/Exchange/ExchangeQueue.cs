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
    /// <summary>Number of distinct bucket keys (<see cref="BucketOf"/> of a positive double is below this).</summary>
    public const int BucketKeys = 0x8000;

    private readonly int[] _initial;
    private readonly double[] _creationGains;
    private readonly int[] _bucketBegin;

    /// <summary>The open bucket's live entries, sorted (a buffer reused from bucket to bucket, and from round to round).</summary>
    private Entry[] _open;
    private readonly CandidateStore _state;
    private int _bucket;
    private int _cursor;
    private int _end;
    private readonly PriorityQueue<int, Entry> _later = new();
    private readonly Func<int, bool> _dropped;
    private readonly GoneFlags _gone;

    /// <param name="state">The candidates.</param>
    /// <param name="creationGains">Per candidate in <paramref name="initial"/>, its gain at creation: the key of its initial entry.</param>
    /// <param name="initial">The candidates of the initial entries, grouped in buckets: bucket b (0 holds the highest
    /// keys) is <c>initial[bucketBegin[b]..bucketBegin[b + 1]]</c>, each bucket in any order (see <see cref="BucketOf"/>).
    /// An entry whose candidate is invalid or has another key by the time its bucket opens is dropped.</param>
    /// <param name="bucketBegin">Bucket starts, one more than there are buckets.</param>
    /// <param name="gone">Per candidate, whether it is known to be invalid (its entries are dropped without reading it).</param>
    /// <param name="dropped">Whether a candidate still marked valid is invalid all the same (its entries are dropped when a bucket opens).</param>
    /// <param name="openBuffer">A buffer for the open bucket (grown when too small; see <see cref="OpenBuffer"/>).</param>
    public ExchangeQueue(CandidateStore state, double[] creationGains, int[] initial, int[] bucketBegin, GoneFlags gone, Func<int, bool> dropped,
        Entry[] openBuffer)
    {
        _open = openBuffer.Length > 0 ? openBuffer : new Entry[64];
        _creationGains = creationGains;
        _gone = gone;
        _dropped = dropped;
        _state = state;
        _initial = initial;
        _bucketBegin = bucketBegin;
        _bucket = -1;
        OpenNextBucket();
    }

    /// <summary>The open bucket's buffer as grown so far (to hand to the next round's queue).</summary>
    public Entry[] OpenBuffer => _open;

    /// <summary>Queues candidate <paramref name="index"/> with key <paramref name="gain"/>.</summary>
    public void Enqueue(int index, double gain) => _later.Enqueue(index, new Entry(gain, index));

    /// <summary>The entry that comes next, if any.</summary>
    public bool TryPeek(out int index, out double gain)
    {
        var hasLater = _later.TryPeek(out var laterIndex, out var later);
        var hasInitial = _cursor < _end;
        if (hasInitial && (!hasLater || _open[_cursor].CompareTo(later) < 0))
        {
            (gain, index) = (_open[_cursor].Gain, _open[_cursor].Index);
            return true;
        }
        (gain, index) = hasLater ? (later.Gain, laterIndex) : (0, -1);
        return hasLater;
    }

    /// <summary>Removes the entry <see cref="TryPeek"/> returned.</summary>
    public void Dequeue()
    {
        var hasLater = _later.TryPeek(out _, out var later);
        if (_cursor < _end && (!hasLater || _open[_cursor].CompareTo(later) < 0))
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
            var end = _bucketBegin[_bucket + 1];
            if (_open.Length < end - begin) _open = new Entry[Math.Max(end - begin, 2 * _open.Length)];
            var write = 0;
            for (var r = begin; r < end; r++)
            {
                var k = _initial[r];
                if (_gone.Contains(k)) continue;
                ref readonly var x = ref _state[k];
                var key = _creationGains[k];
                if (x.Valid && x.QueuedGain == key && !_dropped(k)) _open[write++] = new Entry(key, k);
            }
            if (write == 0) continue;
            _open.AsSpan(0, write).Sort();
            _cursor = 0;
            _end = write;
            return;
        }
        _cursor = _end = 0;
    }

    /// <summary>Sixteen buckets per power of two; the bit pattern of a positive double grows with its value.</summary>
    public static int BucketOf(double gain) => gain > 0 ? (int)(BitConverter.DoubleToInt64Bits(gain) >> 48) : 0;

    /// <summary>Queue order: highest gain first; among equal gains the one created first.</summary>
    internal readonly record struct Entry(double Gain, int Index) : IComparable<Entry>
    {
        public int CompareTo(Entry other)
        {
            var byGain = other.Gain.CompareTo(Gain);
            return byGain != 0 ? byGain : Index.CompareTo(other.Index);
        }
    }
}
