namespace Plenum.Core.Models.Bdm;

/// <summary>When a run ends before the round limit. A fixed point or an exact cycle always ends a run.</summary>
public enum StoppingRule
{
    /// <summary><c>cap</c>: run <c>bdm.rounds</c> rounds (Scholz's fixed τ).</summary>
    Cap,

    /// <summary><c>median</c>: stop once the weighted median has moved less than the tolerance for the stated number of rounds in a row.</summary>
    Median,

    /// <summary><c>rms</c>: stop once the root-mean-square change of positions falls to a fraction of the first round's (KTAB).</summary>
    Rms,
}
