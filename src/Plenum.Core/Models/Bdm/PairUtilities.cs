namespace Plenum.Core.Models.Bdm;

/// <summary>
/// The four expected utilities of one ordered pair in one round (pass 2), for quadrant charts:
/// E^i(U_ij), E^i(U_ji), E^j(U_ij), E^j(U_ji), where the superscript is the estimating actor whose exponent is used.
/// </summary>
internal readonly record struct PairUtilities(int Actor, int Other, double ActorChallengesByActor, double OtherChallengesByActor,
    double ActorChallengesByOther, double OtherChallengesByOther);
