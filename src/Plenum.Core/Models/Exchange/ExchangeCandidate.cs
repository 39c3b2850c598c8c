namespace Plenum.Core.Models.Exchange;

/// <summary>One side of a candidate exchange: an actor who moves its vote on its supply issue.</summary>
internal struct ExchangeSide
{
    /// <summary>Actor index.</summary>
    public int Actor;

    /// <summary>The issue on which this actor moves (the partner's demand issue).</summary>
    public int Supply;

    /// <summary>The issue on which this actor wants the partner to move.</summary>
    public int Demand;

    /// <summary>Current position on the supply issue: the round's start, or the voting position an executed exchange left.</summary>
    public double Position;

    /// <summary>Signed move of this exchange on the supply issue.</summary>
    public double Move;

    /// <summary>Sum of the moves recorded before the current one (Decide's move history, less the current move).</summary>
    public double HistorySum;

    /// <summary>Sign of the recorded moves: 0 when none, else ±1 (a mixed history already made the exchange invalid).</summary>
    public int HistorySign;

    /// <summary>
    /// Where the no-overshoot check of this side could cut (<see cref="ExchangeSolver"/>): the range of the
    /// third-party sum of its demander's cell (<see cref="ExchangeSolver.ThirdPartySum"/>) outside which this
    /// side's move leaves the mean on one side of the demander's position; infinite when the side was cut (its
    /// result then depends on the exact sum) or the variant is not equal gain.
    /// </summary>
    public double CutFrom, CutTo;

    /// <summary>Voting position: where the actor votes on its supply issue after this exchange.</summary>
    public readonly double Voting => Position + Move;
}

/// <summary>
/// A candidate exchange, whole: the working copy the solver computes on and the record of an executed exchange.
/// (The round keeps millions of candidates in the compact <see cref="CandidateState"/> form.)
/// A candidate exchange between two actors on an issue pair (p, q): <see cref="I"/> supplies q and demands p,
/// <see cref="J"/> supplies p and demands q. <see cref="Rate"/> is the exchange rate dq/dp (shift of the
/// mean on q per shift on p); the equal-gain rate, a randomised one, or a drawn one.
/// </summary>
internal struct ExchangeCandidate
{
    public ExchangeSide I;
    public ExchangeSide J;

    /// <summary>Creation order within the round (issue pairs in scenario order, a×d then b×c, actors in order).</summary>
    public int Index;

    /// <summary>Exchange rate dq/dp, and its inverse computed directly (as Decide does for equal gain).</summary>
    public double Rate, InverseRate;

    /// <summary>Shift of the weighted mean on p (J's supply issue) and on q (I's supply issue).</summary>
    public double ShiftP, ShiftQ;

    /// <summary>The gain that orders execution (equal gain; for Random Rate the smaller of the two gains).</summary>
    public double Gain;

    /// <summary>Each actor's own gain: salience-weighted shift of the means in its favour.</summary>
    public double GainI, GainJ;

    /// <summary>REX draws (u picks the actor, v win/lose, z the size); Random Rate: z is the rate draw.</summary>
    public double U, V, Z;

    public bool Valid;
    public bool Executed;
}
