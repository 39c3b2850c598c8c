namespace Plenum.Core.Models.Bdm;

/// <summary>How the probability that a challenger beats its target with third-party support is computed (eqs. 30–31).</summary>
public enum ProbabilityRule
{
    /// <summary>
    /// <c>scholz-code</c>: each voter's positive vote, with its own risk exponent, divided by one global
    /// denominator summed over every ordered pair of actors. Reproduces the published figures.
    /// </summary>
    ScholzCode,

    /// <summary><c>paper</c>: eq. 31 as printed: votes for the challenger over the sum of absolute votes, per pair.</summary>
    Paper,

    /// <summary><c>net</c>: the net vote for the challenger, clipped at zero, over the sum of absolute votes (Masad 2014).</summary>
    Net,
}
