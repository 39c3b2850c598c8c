using System.Globalization;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Bueno de Mesquita's expected-utility group decision model ("old" model, BDM 1985/1994/1997) as reconstructed
/// by Scholz, Calbert &amp; Smith (2011), run once per issue. Equations, options and the reading of every ambiguity
/// are in <c>docs/models/bdm.md</c>.
/// </summary>
/// <remarks>
/// Deterministic: the random stream is not used. The default profile, <c>scholz</c>, is the reading that
/// reproduces the paper's Table 2 and Figures 7–10. <see cref="IssueForecast.Forecast"/> is the weighted median
/// after the final round (BDM's "predicted dominant outcome"), averaged over one period when the run cycles.
/// Thread safety: instances are immutable and can be shared.
/// </remarks>
public sealed class BdmModel : IMonteCarloModel
{
    /// <summary>The shared instance.</summary>
    public static BdmModel Instance { get; } = new();

    /// <summary>Id <c>bdm</c>, the publication followed, and every <c>bdm.*</c> option.</summary>
    public static ModelDescriptor Descriptor { get; } = new(
        "bdm",
        "Bueno de Mesquita expected utility (Scholz et al. 2011 reconstruction)",
        "Scholz, Calbert & Smith (2011), Unravelling Bueno de Mesquita's group decision model, Proc. ICAART 2011, pp. 18–30; " +
        "J. Theoretical Politics 23(4): 510–531. Bueno de Mesquita (1994), in Political Economy of Environmental Policy.",
        BdmOptions.Describe());

    ModelDescriptor IForecastModel.Descriptor => Descriptor;

    /// <inheritdoc />
    public ForecastResult Run(Scenario scenario, ModelOptions options, RandomStream random)
    {
        var bdm = BdmOptions.From(options);
        var inputs = scenario.Issues.Select(issue => BdmIssueInput.For(scenario, issue, bdm.Range)).ToList();
        var tables = new BdmTables();
        var notes = new List<string>
        {
            "saliences are divided by 100: they enter the expected utility (eq. 6) as the probability that the challenged actor resists",
        };
        var issues = inputs.Select(input => BdmIssueRun.Run(input, bdm, tables, notes)).ToList();
        var echoed = new Dictionary<string, string>(bdm.ToDictionary())
        {
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
        };
        return new ForecastResult(scenario.Id, Descriptor.Id, echoed, issues, [], [], tables.ToTables(bdm.Detail != DetailLevel.None).ToList(), notes);
    }

    /// <inheritdoc />
    /// <remarks>The options are parsed once; each draw then runs as <see cref="Run"/> does, without notes or echo.</remarks>
    public IDrawRunner Prepare(Scenario scenario, ModelOptions options) => new BdmDrawRunner(BdmOptions.From(options));
}
