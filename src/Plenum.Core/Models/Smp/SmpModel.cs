using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Smp;

/// <summary>
/// KTAB's Spatial Model of Politics (KAPSARC Toolkit for Behavioral Analysis, 2015–2019): actors with capabilities, positions and
/// saliences on several dimensions repeatedly challenge each other, offer bargains and resolve them by
/// probabilistic Condorcet elections. Equations, options and the readings chosen are in <c>docs/models/smp.md</c>.
/// </summary>
/// <remarks>
/// Every issue of the scenario is one dimension; each issue's [Low, High] is mapped onto KTAB's [0, 1] and
/// results are mapped back. The forecast of an issue is the probability-weighted position of the final state.
/// </remarks>
public sealed partial class SmpModel : IForecastModel
{
    /// <summary>The single instance registered in the catalogue.</summary>
    public static SmpModel Instance { get; } = new();

    /// <inheritdoc />
    public ModelDescriptor Descriptor { get; } = new(
        "smp",
        "KTAB spatial model of politics (challenges, bargains, probabilistic Condorcet elections)",
        "KAPSARC Toolkit for Behavioral Analysis (KTAB), Spatial Model of Politics, B. Wise et al., KAPSARC 2015–2019 (MIT); reproduces the smpc reference runs of 2017-05-30",
        SmpOptions.Descriptors);

    /// <inheritdoc />
    public ForecastResult Run(Scenario scenario, ModelOptions options, RandomStream random)
    {
        var smp = SmpOptions.From(options);
        var problem = SmpProblem.FromScenario(scenario, smp);
        // One draw from the caller's stream seeds every per-actor, per-turn stream of a stochastic run.
        var seed = unchecked((long)random.NextUInt64());
        var run = new SmpSimulation(problem, smp, seed).Run();
        return ToResult(scenario, options, smp, problem, run);
    }

    /// <summary>Runs the model and returns the raw run, for tests and benchmarks.</summary>
    internal static SmpRun Simulate(Scenario scenario, SmpOptions options, long seed = 1, BargainChooser? chooser = null) =>
        new SmpSimulation(SmpProblem.FromScenario(scenario, options), options, seed, chooser).Run();
}
