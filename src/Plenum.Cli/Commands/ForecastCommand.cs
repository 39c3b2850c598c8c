using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum forecast FILE [--model NAME|all] [--format table|json|csv] [--out DIR] [--set K=V]…</c></summary>
public sealed class ForecastCommand(Output output) : AsyncCommand<ForecastCommand.Settings>
{
    /// <summary>The options shared with <c>sweep</c> (<see cref="ScenarioRunSettings"/>) and the scenario file.</summary>
    public sealed class Settings : ScenarioRunSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A scenario (YAML), or a KTAB CSV / Decide / actor-table file.")]
        public string File { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var format = settings.CheckCommon();
        var runs = settings.RunsOr(1);
        var models = settings.Models();
        var options = settings.BuildOptions(models);
        var scenario = settings.OpenScenario(settings.File);

        // Open (and migrate) the store while the models run, so saving adds little to the run.
        await using var store = settings.NoSave ? null : Storage.RunStores.Open(settings.Store);
        var prepared = store?.PrepareAsync(cancellationToken) ?? Task.CompletedTask;
        var results = new List<ForecastResult>();
        foreach (var model in models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                results.Add(runs == 1
                    ? model.Run(scenario, options, RandomStream.ForRun(settings.Seed, 0))
                    : ProgressReporter.Run(output, $"{model.Descriptor.Id}: {runs:N0} runs", runs,
                        progress => Core.Uncertainty.MonteCarloRunner.Run(model, scenario, options, runs,
                            settings.Threads ?? -1, progress, cancellationToken)));
            }
            catch (ModelInputException e) when (models.Count > 1)
            {
                output.Stderr.WriteLine($"plenum: model {model.Descriptor.Id} skipped: {e.Message}");
            }
        }
        if (results.Count == 0) throw new UsageException("no model could run on this scenario");

        ScenarioRunSettings.Print(output, format, scenario, results);
        if (settings.Out is not null)
        {
            var written = OutDirectory.Write(settings.Out, scenario, results).Count;
            written += ReportWriter.Write(settings.Out, scenario, results, options, runs, output).Count;
            output.Stderr.WriteLine($"wrote {written} files to {settings.Out} (open report.html)");
        }
        if (store is not null)
        {
            await prepared;
            var id = await store.SaveAsync(RunRecords.For(settings.File, scenario, results, options, runs, clock.Elapsed.TotalMilliseconds), cancellationToken);
            output.Stderr.WriteLine($"saved as run {id} in {store.Location}");
        }
        return ExitCodes.Success;
    }
}
