namespace Plenum.Core.Models.Bdm;

/// <summary>
/// A demand proposer j makes of mover i in one round, with the two expected utilities it was classified on:
/// a = E^i(U_ij), the mover's utility of challenging the proposer, and b, the proposer's utility of challenging
/// the mover (as the mover perceives it, or the proposer's own, by <see cref="EstimatePerspective"/>).
/// </summary>
/// <param name="Movable">Whether accepting this offer moves the mover (false for confrontations with <c>bdm.conflict=stay</c>).</param>
internal readonly record struct Offer(int Mover, int Proposer, OfferKind Kind, double MoverUtility, double ProposerUtility,
    double NewPosition, bool Movable);
