using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// The candidates of a round, each on a cache line of its own: a pinned byte array with the first candidate at a
/// 64-byte boundary (an array of <see cref="CandidateState"/> starts 16 bytes into its object, so most of its
/// 64-byte elements straddle two lines and a scattered read of one candidate fetches two). Kept from round to round
/// by the workspace and grown when a round has more candidates.
/// </summary>
internal sealed class CandidateStore
{
    private const int Line = 64;

    private byte[] _bytes = [];

    /// <summary>Bytes from the start of <see cref="_bytes"/> to the first line boundary (the array is pinned, so it stays one).</summary>
    private nint _offset;

    /// <summary>How many candidates fit.</summary>
    public int Capacity { get; private set; }

    /// <summary>Makes room for <paramref name="count"/> candidates (their contents undefined when it had to grow).</summary>
    public void EnsureCapacity(int count)
    {
        if (count <= Capacity) return;
        _bytes = GC.AllocateUninitializedArray<byte>(checked(count * Line + Line), pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(_bytes, 0);
        _offset = -address & (Line - 1);
        Capacity = count;
    }

    /// <summary>Where candidate <paramref name="k"/> sits in memory (for checking the alignment).</summary>
    internal nint AddressOf(int k) => Marshal.UnsafeAddrOfPinnedArrayElement(_bytes, 0) + _offset + (nint)k * Line;

    /// <summary>Candidate <paramref name="k"/> (0 ≤ k &lt; <see cref="Capacity"/>; not checked outside debug builds).</summary>
    public ref CandidateState this[int k]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert((uint)k < (uint)Capacity);
            ref var first = ref Unsafe.As<byte, CandidateState>(ref Unsafe.AddByteOffset(ref MemoryMarshal.GetArrayDataReference(_bytes), _offset));
            return ref Unsafe.Add(ref first, k);
        }
    }
}
