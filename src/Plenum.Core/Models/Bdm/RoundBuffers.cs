namespace Plenum.Core.Models.Bdm;

/// <summary>
/// The per-actor arrays of one round that <see cref="BdmRound"/> and <see cref="BdmIssueRun"/> used to allocate
/// afresh: U_sq and 0.5^r per actor, which actors moved, and the new positions.
/// </summary>
/// <remarks>
/// New positions alternate between two arrays (<see cref="After"/>): a round reads the previous round's positions
/// while it writes the next ones, so the array it writes is never the one it reads. What the caller keeps (the
/// trajectory) it copies. Not thread-safe: one per issue run.
/// </remarks>
internal sealed class RoundBuffers
{
    private readonly ArraysByLength<double> _even = new();
    private readonly ArraysByLength<double> _odd = new();

    /// <summary>U_sq per actor.</summary>
    public ArraysByLength<double> StatusQuo { get; } = new();

    /// <summary>0.5^r per actor (nearest-first search only).</summary>
    public ArraysByLength<double> HalfPower { get; } = new();

    /// <summary>Which actors moved in the round.</summary>
    public ArraysByLength<bool> Moved { get; } = new();

    /// <summary>An array for the positions after a round played from <paramref name="positions"/>: same length, never the same array.</summary>
    public double[] After(double[] positions)
    {
        var even = _even.Of(positions.Length);
        return ReferenceEquals(even, positions) ? _odd.Of(positions.Length) : even;
    }
}
