using Plenum.Core.Scenarios;

namespace Plenum.Core.Power;

/// <summary>
/// Turns a scenario body into the voting game its rule defines, so its members' a-priori power can be computed.
/// </summary>
/// <remarks>
/// Voters are the body's members in listed order; a member that is another body's id stands for all that body's
/// members (a joint session), each counted once. Candidates attend without a vote and are not players.
/// Majority means strictly more than half of the members' votes, two thirds means at least two thirds, unanimity
/// means all; without weights every member has one vote. A weighted quota uses the rule's weights and quota as given.
/// </remarks>
public static class BodyGame
{
    /// <summary>The game of the body with the given id.</summary>
    /// <exception cref="ArgumentException">No such body, or a member without a weight under a weighted rule.</exception>
    public static WeightedGame From(Scenario scenario, string bodyId) =>
        From(scenario, scenario.FindBody(bodyId) ?? throw new ArgumentException($"no body '{bodyId}' in scenario '{scenario.Id}'", nameof(bodyId)));

    /// <summary>The game of <paramref name="body"/>.</summary>
    /// <exception cref="ArgumentException">A member is neither an actor nor a body, bodies include each other in a
    /// cycle, the body has no voting member, or a member has no weight under a weighted rule.</exception>
    public static WeightedGame From(Scenario scenario, Body body)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(body);
        var voters = new List<string>();
        Collect(scenario, body, voters, []);
        if (voters.Count == 0) throw new ArgumentException($"body '{body.Id}' has no voting members", nameof(body));

        var rule = body.Rule;
        var weights = voters.Select(v => WeightOf(rule, v, body.Id)).ToList();
        var total = weights.Sum();
        var quota = rule.Kind switch
        {
            DecisionRuleKind.Majority => MoreThan(total / 2, weights),
            DecisionRuleKind.TwoThirds => AtLeast(2 * total / 3, weights),
            DecisionRuleKind.Unanimity => total,
            _ => rule.Quota ?? throw new ArgumentException($"body '{body.Id}' has a weighted rule without a quota", nameof(body)),
        };
        return new WeightedGame(quota, weights, voters);
    }

    private static void Collect(Scenario scenario, Body body, List<string> voters, HashSet<string> open)
    {
        if (!open.Add(body.Id)) throw new ArgumentException($"bodies include each other in a cycle through '{body.Id}'");
        foreach (var member in body.Members)
        {
            if (scenario.FindActor(member) is not null)
            {
                if (!voters.Contains(member)) voters.Add(member);
            }
            else if (scenario.FindBody(member) is { } inner)
            {
                Collect(scenario, inner, voters, open);
            }
            else
            {
                throw new ArgumentException($"member '{member}' of body '{body.Id}' is neither an actor nor a body");
            }
        }
        open.Remove(body.Id);
    }

    private static double WeightOf(DecisionRule rule, string voter, string bodyId)
    {
        if (rule.Weights is null) return 1;
        if (rule.Weights.TryGetValue(voter, out var w)) return w;
        if (rule.Kind == DecisionRuleKind.WeightedQuota)
            throw new ArgumentException($"member '{voter}' of body '{bodyId}' has no weight under its weighted rule");
        return 0;
    }

    /// <summary>The smallest quota strictly above <paramref name="half"/>: one weight unit more for integral (or decimal) weights.</summary>
    private static double MoreThan(double half, List<double> weights)
    {
        var unit = WeightUnit(weights);
        return unit > 0 ? (Math.Floor(half / unit + 1e-9) + 1) * unit : Math.BitIncrement(half);
    }

    /// <summary>The smallest attainable quota at or above <paramref name="share"/> (guards against 2/3 rounding).</summary>
    private static double AtLeast(double share, List<double> weights)
    {
        var unit = WeightUnit(weights);
        return unit > 0 ? Math.Ceiling(share / unit - 1e-9) * unit : share;
    }

    /// <summary>The largest 10⁻ᵈ (d ≤ 6) dividing every weight, or 0 when the weights are not decimals.</summary>
    private static double WeightUnit(List<double> weights)
    {
        for (var d = 0; d <= 6; d++)
        {
            var scale = Math.Pow(10, d);
            if (weights.All(w => Math.Abs(w * scale - Math.Round(w * scale)) <= 1e-9 * Math.Max(1, w * scale))) return 1 / scale;
        }
        return 0;
    }
}
