namespace Plenum.Core.Models.Smp;

/// <summary>How the compromise point of a bargain is placed between the two positions (KTAB's <c>InterVecBrgn</c>).</summary>
public enum SmpInterpolation
{
    /// <summary><c>s1p1</c>: weights salience × probability.</summary>
    S1P1,
    /// <summary><c>s2p2</c> (default): weights salience² × probability².</summary>
    S2P2,
    /// <summary><c>s2pmax</c>: only the weaker side moves, by its probability deficit and the saliences squared.</summary>
    S2PMax,
}
