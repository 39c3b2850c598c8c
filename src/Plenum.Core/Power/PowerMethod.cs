namespace Plenum.Core.Power;

/// <summary>How an index was computed.</summary>
public enum PowerMethod
{
    /// <summary>Exact counting over sums of weights (generating functions, residue arithmetic).</summary>
    DynamicProgramming,
    /// <summary>Exact counting over a decision diagram of residual quotas (large or real weights, compound rules).</summary>
    DecisionDiagram,
    /// <summary>Exact: every coalition was looked at.</summary>
    Enumeration,
    /// <summary>Estimated from random coalitions or orderings, with a stated error bound.</summary>
    MonteCarlo,
}

/// <summary>Which method the calculator may use.</summary>
public enum PowerMethodChoice
{
    /// <summary>Exact when the work fits the limits in <see cref="PowerOptions"/>, otherwise Monte Carlo.</summary>
    Auto,
    /// <summary>Exact or fail with <see cref="PowerComputationException"/>.</summary>
    Exact,
    /// <summary>Always Monte Carlo.</summary>
    MonteCarlo,
}
