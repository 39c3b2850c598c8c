namespace Plenum.Core.Models.Smp;

/// <summary>
/// How an actor turns a difference in utility Δ = u(a) − u(b) into a vote between options a and b, with
/// weight w (KTAB's <c>VotingRule</c>, <c>Model::vote</c>). The option value is the lower-cased KTAB name.
/// </summary>
public enum SmpVotingRule
{
    /// <summary><c>binary</c>: w·clamp(Δ/10⁻⁸, −1, 1), all-or-nothing.</summary>
    Binary,
    /// <summary><c>propbin</c>: w·(0.8·Δ + 0.2·binary).</summary>
    PropBin,
    /// <summary><c>prop</c> (default): w·Δ.</summary>
    Prop,
    /// <summary><c>propcbc</c>: w·(0.5·Δ + 0.5·Δ³).</summary>
    PropCbc,
    /// <summary><c>cubic</c>: w·Δ³.</summary>
    Cubic,
    /// <summary><c>asymprosp</c>: w·Δ for losses, (2/3)·w·Δ for gains (prospect-theory asymmetry).</summary>
    ASymProsp,
}
