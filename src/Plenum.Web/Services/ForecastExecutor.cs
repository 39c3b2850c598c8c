using System.Diagnostics;
using Microsoft.Extensions.Options;
using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;
using Plenum.Reports;
using Plenum.Reports.Formats;
using Plenum.Storage;
using Plenum.Storage.Accounts;

namespace Plenum.Web.Services;

/// <summary>
/// Runs one queued forecast as <c>plenum forecast</c> would (same models, options, seeds and Monte Carlo runner),
/// then adds the sensitivity, voting power and HTML report, and saves everything in the store under the workspace.
/// </summary>
public sealed class ForecastExecutor(PlenumData data, IOptions<WebOptions> options, ILogger<ForecastExecutor> log)
{
    /// <summary>Most draws spent on the variance-based sensitivity ranking (as the CLI's report).</summary>
    private const int SensitivityDraws = 500;

    public async Task ExecuteAsync(ForecastJob job, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var request = job.Request;
        try
        {
            job.Report(0, "reading the scenario", "reading", 0);
            var loaded = ScenarioInput.FromYaml("scenario.yaml", request.Yaml);
            if (!loaded.IsValid) throw new ModelInputException("the scenario no longer validates: " + loaded.Problems[0]);
            var scenario = loaded.Scenario!;
            foreach (var text in request.WhatIf)
            {
                var change = ScenarioOverride.Parse(text, out var error) ?? throw new ModelInputException($"what-if '{text}': {error}");
                scenario = change.ApplyTo(scenario, out error) ?? throw new ModelInputException($"what-if '{text}': {error}");
            }
            var modelOptions = new ModelOptions(request.Options, request.Seed);
            var results = new List<ForecastResult>();
            var skipped = new List<string>();
            var steps = request.Models.Count + 2.0;
            for (var i = 0; i < request.Models.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var model = ModelCatalog.Find(request.Models[i])!;
                var step = i;
                job.Report(step / steps, $"{model.Descriptor.Id}: running", model.Descriptor.Id, 0);
                // Progress is reported in order on the runner's thread: Progress<T> would post each report to the
                // thread pool, and one landing after the job completed made a finished job look running again.
                try
                {
                    var result = await Task.Run(() => request.Runs == 1
                        ? model.Run(scenario, modelOptions, RandomStream.ForRun(request.Seed, 0))
                        : MonteCarloRunner.Run(model, scenario, modelOptions, request.Runs, -1,
                            new SynchronousProgress<int>(done => job.Report((step + (double)done / request.Runs) / steps,
                                $"{model.Descriptor.Id}: {done:N0} of {request.Runs:N0} runs", model.Descriptor.Id, done)), ct), ct);
                    results.Add(result);
                }
                catch (Exception e) when (request.Models.Count > 1 && InputProblem(e) is { } problem)
                {
                    skipped.Add($"{model.Descriptor.Id}: {problem.Message}");
                }
                catch (AggregateException e) when (InputProblem(e) is { } problem)
                {
                    throw problem;
                }
            }
            if (results.Count == 0) throw new ModelInputException("no model could run on this scenario" + (skipped.Count > 0 ? ": " + skipped[0] : ""));

            job.Report((steps - 2) / steps, "sensitivity and voting power", "sensitivity", null);
            var sensitivity = await Task.Run(() => Sensitivity(scenario, results, modelOptions, request.Runs), ct);
            var power = BodyPowerRows.For(scenario);
            string? report = null;
            if (options.Value.WriteReports)
            {
                job.Report((steps - 1) / steps, "writing the report", "report", null);
                report = await Task.Run(() => Report(scenario, results, sensitivity, power), ct);
            }

            var record = new RunRecord
            {
                CreatedAt = data.Clock.GetUtcNow(),
                WorkspaceId = request.WorkspaceId,
                ScenarioId = scenario.Id,
                ScenarioHash = ScenarioHash.Of(request.Yaml),
                Models = results.Select(r => r.Model).ToList(),
                Options = modelOptions.Values,
                Seed = request.Seed,
                MonteCarloRuns = request.Runs,
                DurationMs = clock.Elapsed.TotalMilliseconds,
                PlenumVersion = typeof(ForecastExecutor).Assembly.GetName().Version?.ToString() ?? "0",
                ResultJson = ForecastJson.Write(results, indented: false),
            };
            var runId = await data.Runs.SaveAsync(record, CancellationToken.None);
            var extras = new RunExtras(scenario.Title, request.ScenarioRow, request.WhatIf, sensitivity, power, skipped,
                scenario.Actors.ToDictionary(a => a.Id, a => a.Name));
            await data.Accounts.SaveRunViewAsync(new RunView(runId, request.ScenarioRow, extras.ToJson(), report), CancellationToken.None);
            await data.AuditAsync(request.WorkspaceId, request.UserName, "run.create", $"run {runId}",
                $"{scenario.Id}: {string.Join(",", record.Models)}, {request.Runs} runs, seed {request.Seed}", CancellationToken.None);
            job.Complete(runId, $"saved as run {runId}");
        }
        catch (Exception e) when (e is ModelInputException or ModelOptionException)
        {
            job.Fail(e.Message);
        }
        catch (OperationCanceledException)
        {
            job.Fail("the server stopped before the forecast finished; run it again");
        }
        catch (Exception e)
        {
            log.LogError(e, "forecast job {Job} failed", job.Id);
            job.Fail("the forecast failed: " + e.Message);
        }
    }

    /// <summary>The model's own complaint about the scenario, also when the Monte Carlo runner wrapped it (one per parallel run).</summary>
    private static ModelInputException? InputProblem(Exception e) => e switch
    {
        ModelInputException m => m,
        AggregateException a when a.InnerExceptions.Count > 0 && a.InnerExceptions.All(x => x is ModelInputException) => (ModelInputException)a.InnerExceptions[0],
        _ => null,
    };

    private static List<SensitivityResult> Sensitivity(Scenario scenario, IReadOnlyList<ForecastResult> results, ModelOptions options, int runs)
    {
        // The tornado is drawn for the first bargaining model that ran, else the compromise (as the CLI's report).
        var baselineIds = new[] { "mean", "compromise", "median", "status-quo" };
        var modelId = results.Select(r => r.Model).FirstOrDefault(id => !baselineIds.Contains(id)) ?? "compromise";
        var model = ModelCatalog.Find(modelId)!;
        var list = new List<SensitivityResult>();
        foreach (var issue in scenario.Issues)
        {
            try
            {
                list.Add(SensitivityAnalysis.Run(model, scenario, issue.Id, options, runs > 1 ? Math.Min(runs, SensitivityDraws) : 0));
            }
            catch (Exception e) when (InputProblem(e) is not null)
            {
                // An issue this model cannot rank has no tornado; the page says so.
            }
        }
        return list;
    }

    private static string Report(Scenario scenario, IReadOnlyList<ForecastResult> results, IReadOnlyList<SensitivityResult> sensitivity, IReadOnlyList<BodyPowerRow> power)
    {
        var dir = Path.Combine(Path.GetTempPath(), "plenum-web-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            ForecastReport.Write(dir, new ReportInput(scenario, results, sensitivity, power));
            return File.ReadAllText(Path.Combine(dir, ForecastReport.PageName));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
