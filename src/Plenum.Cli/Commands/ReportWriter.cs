using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;
using Plenum.Reports;

namespace Plenum.Cli.Commands;

/// <summary>
/// Gathers what the report shows besides the forecasts — the sensitivity of each issue and the voting power
/// in each body — and writes <c>report.html</c> with its charts.
/// </summary>
internal static class ReportWriter
{
    /// <summary>Most draws spent on the variance-based sensitivity ranking in a report.</summary>
    private const int SensitivityDraws = 500;

    public static IReadOnlyList<string> Write(string dir, Scenario scenario, IReadOnlyList<ForecastResult> results, ModelOptions options, int runs, Output output)
    {
        // The tornado is drawn for the first bargaining model that ran, else the compromise.
        var baselineIds = new[] { "mean", "compromise", "median", "status-quo" };
        var modelId = results.Select(r => r.Model).FirstOrDefault(id => !baselineIds.Contains(id)) ?? "compromise";
        var model = ModelCatalog.Find(modelId)!;
        var sensitivity = new List<SensitivityResult>();
        foreach (var issue in scenario.Issues)
        {
            try
            {
                sensitivity.Add(SensitivityAnalysis.Run(model, scenario, issue.Id, options, runs > 1 ? Math.Min(runs, SensitivityDraws) : 0));
            }
            catch (ModelInputException e)
            {
                output.Stderr.WriteLine($"plenum: no sensitivity for '{issue.Id}': {e.Message}");
            }
        }
        return ForecastReport.Write(dir, new ReportInput(scenario, results, sensitivity, BodyPowerRows.For(scenario)));
    }
}
