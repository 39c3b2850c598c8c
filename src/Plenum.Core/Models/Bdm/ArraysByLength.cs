namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Arrays of exact lengths kept from round to round, one per length: the number of distinct positions changes as
/// actors meet, and the arrays sized by it are read through their <c>Length</c> (the slot loops of
/// <see cref="PositionScan"/>, the largest of the support matrix's bands), so a reused array must have the
/// exact length, not merely enough room.
/// </summary>
/// <remarks>
/// Lengths from <see cref="Parallelism.Threshold"/> on are allocated afresh every time, as they were before reuse:
/// a large issue's rounds cost far more than the allocation, and keeping one array per length there could hold
/// megabytes. Two callers that need two arrays of one length at once take them from two instances.
/// </remarks>
internal sealed class ArraysByLength<T>
{
    private T[]?[] _byLength = [];

    /// <summary>An array of exactly <paramref name="length"/> elements, contents undefined (what the last user left).</summary>
    public T[] Of(int length)
    {
        if (length >= Parallelism.Threshold) return new T[length];
        if (length >= _byLength.Length) Array.Resize(ref _byLength, length + 1);
        return _byLength[length] ??= new T[length];
    }
}
