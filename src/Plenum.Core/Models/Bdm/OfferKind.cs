namespace Plenum.Core.Models.Bdm;

/// <summary>The region of Scholz et al.'s Fig. 6 an ordered pair falls in, seen from the actor asked to move.</summary>
internal enum OfferKind
{
    /// <summary>Both expect to gain from a challenge and the proposer expects more: the mover loses the confrontation.</summary>
    Confrontation,

    /// <summary>The mover would lose by challenging, the proposer gains more than the mover loses: the mover concedes part way.</summary>
    Compromise,

    /// <summary>The mover would lose by challenging more than the proposer gains: the mover gives in fully.</summary>
    Capitulation,
}
