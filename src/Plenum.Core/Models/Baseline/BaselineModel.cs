using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Baseline;

/// <summary>
/// The three one-shot baselines every forecast is compared with: the plain mean of positions, the
/// compromise (capability × salience weighted mean), and the weighted median (median voter).
/// Equations in <c>docs/models/baseline.md</c>.
/// </summary>
public sealed class BaselineModel : IForecastModel
{
    private readonly Func<IssueWeights, double> _statistic;

    private BaselineModel(ModelDescriptor descriptor, Func<IssueWeights, double> statistic)
    {
        Descriptor = descriptor;
        _statistic = statistic;
    }

    /// <summary>Unweighted mean of the actors' positions.</summary>
    public static BaselineModel Mean { get; } = new(
        new ModelDescriptor("mean", "Unweighted mean of positions", "—", []),
        w => w.Positions.Average());

    /// <summary>Capability × salience weighted mean (the "compromise model", Achen 2006).</summary>
    public static BaselineModel Compromise { get; } = new(
        new ModelDescriptor("compromise", "Compromise model: capability × salience weighted mean", "Achen (2006), in Thomson et al., The European Union Decides", []),
        w => WeightedStatistics.Mean(w.Positions, w.Weights));

    /// <summary>Capability × salience weighted median (the median voter; Black 1948).</summary>
    public static BaselineModel Median { get; } = new(
        new ModelDescriptor("median", "Weighted median (median voter)", "Black (1948); Achen (2006)", []),
        w => WeightedStatistics.Median(w.Positions, w.Weights));

    /// <summary>"Nothing changes": the issue's status quo. The naive baseline of every backtest.</summary>
    public static BaselineModel StatusQuo { get; } = new(
        new ModelDescriptor("status-quo", "Status quo persists", "the naive baseline of Thomson et al. (2006), The European Union Decides", []),
        w => w.Issue.StatusQuo ?? throw new ModelInputException($"issue '{w.Issue.Id}' has no status_quo"));

    public ModelDescriptor Descriptor { get; }

    public ForecastResult Run(Scenario scenario, ModelOptions options, RandomStream random)
    {
        var issues = new List<IssueForecast>();
        foreach (var issue in scenario.Issues)
        {
            var w = IssueWeights.For(scenario, issue);
            if (w.ActorIds.Length == 0) throw new ModelInputException($"no actor holds a position on issue '{issue.Id}'");
            var state = w.ToRoundState(0, w.Positions);
            issues.Add(new IssueForecast(issue.Id, _statistic(w), state.Mean, state.Median, [state]));
        }
        return new ForecastResult(scenario.Id, Descriptor.Id, new Dictionary<string, string> { ["seed"] = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            issues, [], [], [], []);
    }
}
