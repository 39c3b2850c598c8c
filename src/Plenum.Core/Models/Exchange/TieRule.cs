namespace Plenum.Core.Models.Exchange;

/// <summary>Which of several candidate exchanges with (nearly) the same gain is executed first.</summary>
public enum TieRule
{
    /// <summary>The one created first (issue pairs in scenario order, then actors in scenario order).</summary>
    Deterministic,

    /// <summary>One of them, uniformly at random from the run's <see cref="Randomness.RandomStream"/>.</summary>
    Random,
}
