namespace Plenum.Core.Models.Smp;

/// <summary>
/// How the matrix of pairwise victory probabilities becomes one probability per option: the three ways KTAB
/// runs its probabilistic Condorcet election (<c>PCEModel</c>).
/// </summary>
public enum SmpCondorcetModel
{
    /// <summary><c>conditional</c> (default): p_a ∝ Π_b P(a≻b), the chance a beats every other option.</summary>
    Conditional,
    /// <summary><c>markov-incentive</c>: a Markov chain where challengers appear in proportion to their incentive C·P.</summary>
    MarkovIncentive,
    /// <summary><c>markov-uniform</c>: a Markov chain where every option challenges with probability 1/N.</summary>
    MarkovUniform,
}
