using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Reports;

/// <summary>Everything a forecast report shows: the scenario it was run on and what the runs produced.</summary>
/// <param name="Results">One result per model run (plain or Monte Carlo), in the order the report lists them.</param>
/// <param name="Sensitivity">Tornado analyses, one per model × issue; empty when none was run.</param>
/// <param name="Power">Voting power of each member of each body; empty when it was not computed.</param>
public sealed record ReportInput(
    Scenario Scenario,
    IReadOnlyList<ForecastResult> Results,
    IReadOnlyList<SensitivityResult> Sensitivity,
    IReadOnlyList<BodyPowerRow> Power);
