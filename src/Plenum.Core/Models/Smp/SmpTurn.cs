namespace Plenum.Core.Models.Smp;

/// <summary>What happened in one turn: each actor's best challenge, the bargains queued for each actor,
/// their probabilities, and which one each actor took.</summary>
/// <param name="Turn">0 for the move from the initial state to state 1.</param>
/// <param name="Challenges">Per actor: target (−1 for none), the initiator's probability of winning, its expected gain.</param>
/// <param name="Queues">Per actor: its status quo first, then the bargains it is party to, by initiator.</param>
/// <param name="Probabilities">Per actor: the probability of each bargain in its queue.</param>
/// <param name="Chosen">Per actor: the index in its queue of the bargain it took.</param>
internal sealed record SmpTurn(
    int Turn,
    (int Target, double Probability, double Gain)[] Challenges,
    SmpBargain[][] Queues,
    double[][] Probabilities,
    int[] Chosen);
