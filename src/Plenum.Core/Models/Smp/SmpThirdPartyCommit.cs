namespace Plenum.Core.Models.Smp;

/// <summary>
/// What a third party expects to happen to its own position when it joins a side in i's challenge of j
/// (KTAB's <c>ThirdPartyCommit</c>).
/// </summary>
public enum SmpThirdPartyCommit
{
    /// <summary><c>none</c>: it keeps its position whichever side wins.</summary>
    NoCommit,
    /// <summary><c>semi</c> (default): it adopts the winner's position only when its own side loses.</summary>
    SemiCommit,
    /// <summary><c>full</c>: it always ends at the winner's position.</summary>
    FullCommit,
}
