using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Plenum.Core.Power.Engines;

/// <summary>
/// The two streaming kernels of the generating-function method. A player with shift s multiplies the table by
/// (1 + Xˢ) or divides it by (1 + Xˢ); both only look s cells back, so a ring of the last s values is all the
/// state a player needs. That lets one pass over a chunk of the (large) table serve many players while the
/// chunk sits in cache.
/// </summary>
internal static class RingFilters
{
    /// <summary>Multiply by (1 + Xˢ) in place: x[k] += x_old[k − s]; the ring keeps the old values.</summary>
    public static void Multiply<T>(T arith, Span<ulong> x, ulong[] ring, ref int pos) where T : struct, ILaneArithmetic
    {
        var k = 0;
        while (k < x.Length)
        {
            var len = Math.Min(x.Length - k, ring.Length - pos);
            MultiplySegment(arith, x.Slice(k, len), ring.AsSpan(pos, len));
            k += len;
            pos += len;
            if (pos == ring.Length) pos = 0;
        }
    }

    /// <summary>Divide by (1 + Xˢ): g[k] = f[k] − g[k − s]; the ring keeps the last s values of g.</summary>
    public static void Divide<T>(T arith, ReadOnlySpan<ulong> f, Span<ulong> g, ulong[] ring, ref int pos) where T : struct, ILaneArithmetic
    {
        var k = 0;
        while (k < f.Length)
        {
            var len = Math.Min(f.Length - k, ring.Length - pos);
            DivideSegment(arith, f.Slice(k, len), g.Slice(k, len), ring.AsSpan(pos, len));
            k += len;
            pos += len;
            if (pos == ring.Length) pos = 0;
        }
    }

    /// <summary>acc[k] += x[k].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Accumulate<T>(T arith, Span<ulong> acc, ReadOnlySpan<ulong> x) where T : struct, ILaneArithmetic
    {
        var n = acc.Length;
        var w = Vector<ulong>.Count;
        ref var a = ref MemoryMarshal.GetReference(acc);
        ref var b = ref MemoryMarshal.GetReference(x);
        var k = 0;
        for (; k + w <= n; k += w)
            arith.Add(Vector.LoadUnsafe(ref a, (nuint)k), Vector.LoadUnsafe(ref b, (nuint)k)).StoreUnsafe(ref a, (nuint)k);
        for (; k < n; k++) Unsafe.Add(ref a, k) = arith.Add(Unsafe.Add(ref a, k), Unsafe.Add(ref b, k));
    }

    /// <summary>acc[k] −= x[k].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Deduct<T>(T arith, Span<ulong> acc, ReadOnlySpan<ulong> x) where T : struct, ILaneArithmetic
    {
        var n = acc.Length;
        var w = Vector<ulong>.Count;
        ref var a = ref MemoryMarshal.GetReference(acc);
        ref var b = ref MemoryMarshal.GetReference(x);
        var k = 0;
        for (; k + w <= n; k += w)
            arith.Sub(Vector.LoadUnsafe(ref a, (nuint)k), Vector.LoadUnsafe(ref b, (nuint)k)).StoreUnsafe(ref a, (nuint)k);
        for (; k < n; k++) Unsafe.Add(ref a, k) = arith.Sub(Unsafe.Add(ref a, k), Unsafe.Add(ref b, k));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplySegment<T>(T arith, Span<ulong> x, Span<ulong> ring) where T : struct, ILaneArithmetic
    {
        var n = x.Length;
        var w = Vector<ulong>.Count;
        ref var xr = ref MemoryMarshal.GetReference(x);
        ref var rr = ref MemoryMarshal.GetReference(ring);
        var k = 0;
        for (; k + w <= n; k += w)
        {
            var old = Vector.LoadUnsafe(ref xr, (nuint)k);
            arith.Add(old, Vector.LoadUnsafe(ref rr, (nuint)k)).StoreUnsafe(ref xr, (nuint)k);
            old.StoreUnsafe(ref rr, (nuint)k);
        }
        for (; k < n; k++)
        {
            var old = Unsafe.Add(ref xr, k);
            Unsafe.Add(ref xr, k) = arith.Add(old, Unsafe.Add(ref rr, k));
            Unsafe.Add(ref rr, k) = old;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DivideSegment<T>(T arith, ReadOnlySpan<ulong> f, Span<ulong> g, Span<ulong> ring) where T : struct, ILaneArithmetic
    {
        var n = f.Length;
        var w = Vector<ulong>.Count;
        ref var fr = ref MemoryMarshal.GetReference(f);
        ref var gr = ref MemoryMarshal.GetReference(g);
        ref var rr = ref MemoryMarshal.GetReference(ring);
        var k = 0;
        for (; k + w <= n; k += w)
        {
            var v = arith.Sub(Vector.LoadUnsafe(ref fr, (nuint)k), Vector.LoadUnsafe(ref rr, (nuint)k));
            v.StoreUnsafe(ref gr, (nuint)k);
            v.StoreUnsafe(ref rr, (nuint)k);
        }
        for (; k < n; k++)
        {
            var v = arith.Sub(Unsafe.Add(ref fr, k), Unsafe.Add(ref rr, k));
            Unsafe.Add(ref gr, k) = v;
            Unsafe.Add(ref rr, k) = v;
        }
    }
}
