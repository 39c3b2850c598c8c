namespace Plenum.Core.Models.Bdm;

/// <summary>Whose risk exponent is used for the opponent's expected utility when an actor weighs an offer.</summary>
public enum EstimatePerspective
{
    /// <summary><c>perceived</c>: actor i estimates j's utility of challenging i with i's own exponent (the Scholz code).</summary>
    Perceived,

    /// <summary><c>own</c>: j's utility is computed with j's exponent (BDM 1985, the printed superscripts).</summary>
    Own,
}
