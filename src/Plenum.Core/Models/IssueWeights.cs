using Plenum.Core.Scenarios;

namespace Plenum.Core.Models;

/// <summary>The actors on one issue as parallel arrays: ids, positions, capabilities, saliences (0–1), weights c·s.</summary>
/// <remarks>The usual starting point of a one-dimensional model; built once per issue and run.</remarks>
public sealed class IssueWeights
{
    private IssueWeights(Issue issue, string[] ids, double[] positions, double[] capabilities, double[] saliences)
    {
        Issue = issue;
        ActorIds = ids;
        Positions = positions;
        Capabilities = capabilities;
        Saliences = saliences;
        Weights = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++) Weights[i] = capabilities[i] * saliences[i];
    }

    public Issue Issue { get; }
    public string[] ActorIds { get; }
    public double[] Positions { get; }
    public double[] Capabilities { get; }

    /// <summary>Salience as a fraction, 0–1 (the scenario's 0–100 divided by 100).</summary>
    public double[] Saliences { get; }

    /// <summary>Capability × salience (fraction).</summary>
    public double[] Weights { get; }

    /// <summary>Reads the actors who hold a position on <paramref name="issue"/>.</summary>
    public static IssueWeights For(Scenario scenario, Issue issue)
    {
        var actors = scenario.ActorsOn(issue.Id);
        return new IssueWeights(
            issue,
            actors.Select(a => a.Id).ToArray(),
            actors.Select(a => a.Position[issue.Id].Value).ToArray(),
            actors.Select(a => a.Capability.Value).ToArray(),
            actors.Select(a => a.SalienceOn(issue.Id) / 100.0).ToArray());
    }

    /// <summary>The round state for the given positions (mean and median by the fixed weights).</summary>
    public RoundState ToRoundState(int round, double[] positions)
    {
        var map = new Dictionary<string, double>(ActorIds.Length);
        for (var i = 0; i < ActorIds.Length; i++) map[ActorIds[i]] = positions[i];
        return new RoundState(round, map, WeightedStatistics.Mean(positions, Weights), WeightedStatistics.Median(positions, Weights));
    }
}
