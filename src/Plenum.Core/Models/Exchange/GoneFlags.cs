namespace Plenum.Core.Models.Exchange;

/// <summary>
/// One bit per candidate of a round: set once the candidate is known to be invalid or executed (see
/// <see cref="ExchangeRound"/>). A row or a queue bucket asks here before reading the candidate, and a bit costs
/// 1/512 of a candidate's cache line, so the flags of a whole round stay in the caches.
/// </summary>
internal sealed class GoneFlags
{
    private ulong[] _words = [];

    /// <summary>Clears the flags of candidates 0 … <paramref name="count"/> − 1 (growing the buffer when needed).</summary>
    public void Reset(int count)
    {
        var words = (count + 63) >> 6;
        if (_words.Length < words) _words = new ulong[words];
        else Array.Clear(_words, 0, words);
    }

    public bool Contains(int k) => (_words[k >> 6] & (1UL << k)) != 0;

    /// <summary>Sets the flag of <paramref name="k"/> when no other thread is marking.</summary>
    public void Mark(int k) => _words[k >> 6] |= 1UL << k;

    /// <summary>Sets the flag of <paramref name="k"/> while other threads may mark candidates that share its word.</summary>
    public void MarkShared(int k) => Interlocked.Or(ref _words[k >> 6], 1UL << k);
}
