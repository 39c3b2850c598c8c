namespace Plenum.Core.Models.Bdm;

/// <summary>Which range ρ normalises distances in the utilities (eq. 14).</summary>
public enum RangeRule
{
    /// <summary><c>initial</c>: max − min of the positions before round 1, fixed for the run.</summary>
    Initial,

    /// <summary><c>current</c>: max − min of the positions at the start of each round.</summary>
    Current,

    /// <summary><c>scale</c>: the declared scale, high − low.</summary>
    Scale,
}
