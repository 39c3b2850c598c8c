namespace Plenum.Core.Models.Smp;

/// <summary>How each actor picks the bargain it accepts from its queue (KTAB's <c>StateTransMode</c>).</summary>
public enum SmpStateTransition
{
    /// <summary><c>deterministic</c> (default): the most probable bargain; ties go to the first in the queue.</summary>
    Deterministic,
    /// <summary><c>stochastic</c>: a draw from the bargains' probabilities, from a stream per actor and turn.</summary>
    Stochastic,
}
