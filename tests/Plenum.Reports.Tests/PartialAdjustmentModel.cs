using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Reports.Tests;

/// <summary>
/// A test-only round-based model that gives the report real multi-round trajectories: each round every actor
/// moves part of the way toward the capability × salience weighted mean, the less the more the issue matters
/// to it (x ← x + 0.5 · (1 − salience) · (mean − x)). It forecasts nothing of record.
/// </summary>
internal sealed class PartialAdjustmentModel(int rounds = 8) : IForecastModel
{
    public ModelDescriptor Descriptor { get; } = new("adjust", "Partial adjustment toward the weighted mean (test only)", "—", []);

    public ForecastResult Run(Scenario scenario, ModelOptions options, RandomStream random)
    {
        var issues = new List<IssueForecast>();
        foreach (var issue in scenario.Issues)
        {
            var w = IssueWeights.For(scenario, issue);
            var x = w.Positions.ToArray();
            var states = new List<RoundState> { w.ToRoundState(0, x) };
            for (var r = 1; r <= rounds; r++)
            {
                var mean = WeightedStatistics.Mean(x, w.Weights);
                x = x.Select((p, i) => p + 0.5 * (1 - w.Saliences[i]) * (mean - p)).ToArray();
                states.Add(w.ToRoundState(r, x));
            }
            var last = states[^1];
            issues.Add(new IssueForecast(issue.Id, last.Median, last.Mean, last.Median, states, new Convergence("round-limit", rounds)));
        }
        return new ForecastResult(scenario.Id, Descriptor.Id, new Dictionary<string, string> { ["rounds"] = rounds.ToString(System.Globalization.CultureInfo.InvariantCulture) }, issues, [], [], [], []);
    }
}
