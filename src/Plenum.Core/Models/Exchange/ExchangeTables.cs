namespace Plenum.Core.Models.Exchange;

/// <summary>The model-detail tables of an exchange run: <c>exchanges</c>, <c>outcomes</c>, <c>rounds</c>.</summary>
internal static class ExchangeTables
{
    /// <summary>Every executed exchange: who moves on which issue from where to where, in favour of whom, and the gains.</summary>
    public static ResultTable Exchanges(ExchangeSpace space, IReadOnlyList<ExchangeRoundOutcome> rounds)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (var r = 0; r < rounds.Count; r++)
        {
            var order = 0;
            foreach (var e in rounds[r].Executed)
            {
                order++;
                rows.Add([
                    r + 1, order,
                    space.ActorIds[e.I.Actor], space.Issues[e.I.Supply].Id,
                    space.Denormalise(e.I.Supply, e.I.Position), space.Denormalise(e.I.Supply, e.I.Voting),
                    space.ActorIds[e.J.Actor], space.Issues[e.J.Supply].Id,
                    space.Denormalise(e.J.Supply, e.J.Position), space.Denormalise(e.J.Supply, e.J.Voting),
                    e.Gain, e.GainI, e.GainJ,
                ]);
            }
        }
        return new ResultTable("exchanges",
            ["round", "order", "actor_i", "supplies_i", "from_i", "to_i", "actor_j", "supplies_j", "from_j", "to_j", "gain", "gain_i", "gain_j"],
            rows);
    }

    /// <summary>Per issue: the initial mean, the first- and last-round voting means, the final start mean, and the forecast.</summary>
    public static ResultTable Outcomes(ExchangeSpace space, IReadOnlyList<ExchangeRoundOutcome> rounds, IReadOnlyList<IssueForecast> issues)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (var d = 0; d < space.IssueCount; d++)
            rows.Add([
                space.Issues[d].Id,
                issues[d].Rounds[0].Mean,
                issues[d].Rounds[1].Mean,
                issues[d].Rounds[^1].Mean,
                space.Denormalise(d, space.Mean(d, rounds[^1].NextStart)),
                issues[d].Forecast,
            ]);
        return new ResultTable("outcomes", ["issue", "initial_mean", "first_round", "last_round", "final_mean", "forecast"], rows);
    }

    /// <summary>Per issue and round: the mean of the start positions ("preference") and of the voting positions ("voting").</summary>
    public static ResultTable Rounds(ExchangeSpace space, IReadOnlyList<ExchangeRoundOutcome> rounds)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (var d = 0; d < space.IssueCount; d++)
        {
            var start = space.Start;
            for (var r = 0; r < rounds.Count; r++)
            {
                rows.Add([
                    space.Issues[d].Id, r + 1,
                    space.Denormalise(d, space.Mean(d, start)),
                    space.Denormalise(d, space.Mean(d, rounds[r].Voting)),
                    rounds[r].Executed.Count,
                ]);
                start = rounds[r].NextStart;
            }
        }
        return new ResultTable("rounds", ["issue", "round", "preference_mean", "voting_mean", "exchanges"], rows);
    }
}
