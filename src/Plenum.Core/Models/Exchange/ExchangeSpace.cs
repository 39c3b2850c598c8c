using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// The scenario as the exchange model sees it: positions normalised to 0–100 on every issue (as Decide does),
/// salience as a fraction, capability × salience weights and their per-issue sums. Arrays are indexed
/// <c>actor * IssueCount + issue</c>, actors and issues in scenario order.
/// </summary>
internal sealed class ExchangeSpace
{
    private ExchangeSpace(Scenario scenario)
    {
        Issues = scenario.Issues.ToArray();
        ActorIds = scenario.Actors.Select(a => a.Id).ToArray();
        IssueCount = Issues.Length;
        ActorCount = ActorIds.Length;
        var cells = IssueCount * ActorCount;
        Takes = new bool[cells];
        Start = new double[cells];
        Salience = new double[cells];
        Weight = new double[cells];
        WeightSum = new double[IssueCount];
        for (var a = 0; a < ActorCount; a++)
        {
            var actor = scenario.Actors[a];
            for (var d = 0; d < IssueCount; d++)
            {
                var issue = Issues[d];
                if (!actor.Position.TryGetValue(issue.Id, out var x)) continue;
                var k = a * IssueCount + d;
                Takes[k] = true;
                Start[k] = Normalise(d, x.Value);
                Salience[k] = actor.SalienceOn(issue.Id) / 100.0;
                Weight[k] = actor.Capability.Value * Salience[k];
                WeightSum[d] += Weight[k];
            }
        }
    }

    public Issue[] Issues { get; }
    public string[] ActorIds { get; }
    public int IssueCount { get; }
    public int ActorCount { get; }

    /// <summary>Whether the actor takes part in the issue.</summary>
    public bool[] Takes { get; }

    /// <summary>Initial positions, normalised to 0–100.</summary>
    public double[] Start { get; }

    /// <summary>Salience as a fraction, 0–1.</summary>
    public double[] Salience { get; }

    /// <summary>Capability × salience.</summary>
    public double[] Weight { get; }

    /// <summary>Σ capability × salience per issue: the constant denominator of every weighted mean.</summary>
    public double[] WeightSum { get; }

    /// <summary>Reads the scenario; throws <see cref="ModelInputException"/> when it cannot be run.</summary>
    public static ExchangeSpace From(Scenario scenario)
    {
        if (scenario.Issues.Count < 2) throw new ModelInputException("the exchange model needs at least two issues to trade between");
        foreach (var issue in scenario.Issues)
            if (!(issue.High > issue.Low)) throw new ModelInputException($"issue '{issue.Id}' has an empty scale ({issue.Low}–{issue.High})");
        var space = new ExchangeSpace(scenario);
        for (var d = 0; d < space.IssueCount; d++)
            if (!(space.WeightSum[d] > 0))
                throw new ModelInputException($"no actor with positive capability and salience holds a position on issue '{space.Issues[d].Id}'");
        return space;
    }

    /// <summary>Position on Decide's 0–100 scale: (x − low)·100/(high − low).</summary>
    public double Normalise(int issue, double x) => (x - Issues[issue].Low) * (100.0 / Issues[issue].Width);

    /// <summary>Back to the issue's own scale.</summary>
    public double Denormalise(int issue, double x) => x / (100.0 / Issues[issue].Width) + Issues[issue].Low;

    /// <summary>The weighted mean (Decide's "MDS") of the given normalised positions on one issue.</summary>
    public double Mean(int issue, double[] positions)
    {
        double sum = 0;
        for (var a = 0; a < ActorCount; a++)
        {
            var k = a * IssueCount + issue;
            if (Takes[k]) sum += Weight[k] * positions[k];
        }
        return sum / WeightSum[issue];
    }
}
