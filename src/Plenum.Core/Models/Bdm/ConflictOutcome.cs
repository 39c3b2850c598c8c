namespace Plenum.Core.Models.Bdm;

/// <summary>What a confrontation does to the side with the lower expected utility.</summary>
public enum ConflictOutcome
{
    /// <summary><c>move</c>: the weaker side moves fully to the other's position (Scholz Fig. 6).</summary>
    Move,

    /// <summary><c>stay</c>: conflict has an uncertain outcome and nobody moves (hamzagul07/schelling).</summary>
    Stay,
}
