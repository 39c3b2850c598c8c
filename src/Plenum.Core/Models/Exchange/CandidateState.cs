using System.Runtime.InteropServices;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// What a round keeps of one candidate exchange between executions (64 bytes, one cache line; millions of them
/// at 200 × 30): who trades what, the parts of its state that are its own — the moves of its last solution (they
/// enter its move history when a partner's supply position moves) and that history — and its queue key.
/// Positions and third-party positions are shared by all candidates (<see cref="ExchangeSolver"/>), so they are
/// not stored here.
/// </summary>
/// <remarks>
/// The four one-byte fields sit right after the issues, in the four bytes the doubles' alignment would otherwise
/// leave empty: 12 + 4 + 6 × 8 = 64. Placed last they made the struct 72 bytes, most candidates straddling two lines.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal struct CandidateState
{
    /// <summary>Actor that supplies <see cref="Q"/> and demands <see cref="P"/> (Decide's i).</summary>
    public int I;

    /// <summary>Actor that supplies <see cref="P"/> and demands <see cref="Q"/> (Decide's j).</summary>
    public int J;

    public short P;
    public short Q;

    /// <summary>Signs of the recorded moves (0 when none).</summary>
    public sbyte SignI, SignJ;

    public bool Valid;
    public bool Executed;

    /// <summary>Moves of the last solution, on Q (by I) and on P (by J).</summary>
    public double MoveI, MoveJ;

    /// <summary>Sums of the moves recorded in each side's history.</summary>
    public double HistoryI, HistoryJ;

    /// <summary>The ordering gain of the last solution.</summary>
    public double Gain;

    /// <summary>The highest key among the candidate's queue entries (an upper bound of its gain); NaN when it has none.</summary>
    public double QueuedGain;
}
