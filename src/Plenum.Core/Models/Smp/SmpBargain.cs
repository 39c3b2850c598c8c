namespace Plenum.Core.Models.Smp;

/// <summary>
/// A proposed bargain: the initiator and receiver each move to their point (KTAB <c>BargainSMP</c>).
/// A status-quo bargain has Initiator == Receiver and keeps the actor where it is.
/// </summary>
/// <param name="Value">The initiator's expected gain from the challenge behind the bargain (0 for the status quo).</param>
/// <param name="Probability">The initiator's estimate of its chance of winning that challenge.</param>
internal sealed record SmpBargain(int Initiator, int Receiver, double[] InitiatorPosition, double[] ReceiverPosition, double Value, double Probability)
{
    /// <summary>Whether this is an actor's status quo.</summary>
    public bool IsStatusQuo => Initiator == Receiver;

    /// <summary>The position <paramref name="actor"/> takes if this bargain wins its queue.</summary>
    public double[] PositionFor(int actor) => actor == Initiator ? InitiatorPosition : ReceiverPosition;
}
