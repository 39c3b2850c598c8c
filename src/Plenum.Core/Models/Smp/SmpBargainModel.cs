namespace Plenum.Core.Models.Smp;

/// <summary>Whose view of a challenge shapes the bargain that is offered (KTAB's <c>SMPBargnModel</c>).</summary>
public enum SmpBargainModel
{
    /// <summary><c>init-only</c> (default): the initiator's estimate of its chance only.</summary>
    InitOnly,
    /// <summary><c>init-receiver</c>: the initiator's and the receiver's versions are both offered.</summary>
    InitReceiver,
    /// <summary><c>power-weighted</c>: one bargain, the capability×salience-weighted average of the two versions.</summary>
    PowerWeighted,
}
