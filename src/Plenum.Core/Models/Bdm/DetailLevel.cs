namespace Plenum.Core.Models.Bdm;

/// <summary>How much per-round detail goes into the result tables; the pairwise tables grow with n² per round.</summary>
public enum DetailLevel
{
    /// <summary><c>auto</c>: <c>full</c> for issues with at most 60 actors, <c>moves</c> above.</summary>
    Auto,

    /// <summary><c>full</c>: every offer and every pair's expected utilities, each round.</summary>
    Full,

    /// <summary><c>moves</c>: only the offers actors accepted, and the risk exponents.</summary>
    Moves,

    /// <summary><c>none</c>: no tables.</summary>
    None,
}
