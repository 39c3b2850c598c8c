namespace Plenum.Core.Power;

/// <summary>The a-priori voting power indices Plenum computes.</summary>
public enum PowerIndex
{
    /// <summary>Shapley–Shubik: the share of voter orderings in which the player is pivotal.</summary>
    ShapleyShubik,
    /// <summary>Normalised Banzhaf: the player's swings over all players' swings.</summary>
    Banzhaf,
    /// <summary>Absolute Banzhaf (Penrose): the probability that the player's vote decides, ηᵢ / 2ⁿ⁻¹.</summary>
    Penrose,
    /// <summary>Deegan–Packel: each minimal winning coalition is equally likely and splits its value equally.</summary>
    DeeganPackel,
    /// <summary>Johnston: each winning coalition with critical members splits its value among them.</summary>
    Johnston,
    /// <summary>Holler's public good index: the share of minimal winning coalitions the player belongs to.</summary>
    Holler,
}
