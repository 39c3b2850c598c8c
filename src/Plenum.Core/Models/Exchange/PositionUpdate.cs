namespace Plenum.Core.Models.Exchange;

/// <summary>
/// A third actor's position on an issue as one candidate exchange sees it after earlier exchanges this round
/// (Decide's <c>updates</c>): used to keep a supplier from pushing the mean past its partner's position.
/// </summary>
internal struct PositionUpdate
{
    public int Issue;
    public int Actor;
    public double Position;

    /// <summary>The candidate's next update in the solver's store, or −1.</summary>
    public int Next;
}
