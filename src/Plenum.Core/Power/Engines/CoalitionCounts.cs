using System.Numerics;

namespace Plenum.Core.Power.Engines;

/// <summary>
/// Exact counts from which every index follows. Sizes are those of the coalition a player joins
/// (Shapley–Shubik) or of the minimal winning coalition (Deegan–Packel); Johnston counts are by the number of
/// critical members. Null arrays were not computed.
/// </summary>
internal sealed class CoalitionCounts
{
    public required int PlayerCount { get; init; }

    /// <summary>[player][s]: coalitions S ∌ i of size s that lose while S ∪ {i} wins (a single column when sizes were not tracked).</summary>
    public required BigInteger[][] Swings { get; init; }

    public BigInteger? Winning { get; init; }

    public BigInteger? MinimalWinning { get; init; }

    /// <summary>[player][size]: minimal winning coalitions of that size containing the player.</summary>
    public BigInteger[][]? MinimalBySize { get; init; }

    /// <summary>[player][k]: winning coalitions with exactly k critical members in which the player is critical.</summary>
    public BigInteger[][]? CriticalByCount { get; init; }

    /// <summary>Some minimal winning coalitions as player-index lists (enumeration only).</summary>
    public List<int[]>? MinimalListed { get; init; }
}
