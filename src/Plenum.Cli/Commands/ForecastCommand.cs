using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum forecast FILE [--model NAME|all] [--format table|json|csv] [--out DIR] [--set K=V]…</c></summary>
public sealed class ForecastCommand(Output output) : AsyncCommand<ForecastCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A scenario (YAML), or a KTAB CSV / Decide / actor-table file.")]
        public string File { get; init; } = "";

        [CommandOption("-m|--model <NAME>")]
        [Description("A model id (see 'plenum models'), a comma-separated list, or 'all' (the default).")]
        public string Model { get; init; } = "all";

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default), json or csv.")]
        public string Format { get; init; } = "table";

        [CommandOption("-o|--out <DIR>")]
        [Description("Also write the JSON result and one CSV per issue and per detail table into DIR.")]
        public string? Out { get; init; }

        [CommandOption("--set <KEY=VALUE>")]
        [Description("A model option, e.g. --set bdm.profile=scholz (repeatable).")]
        public string[] Set { get; init; } = [];

        [CommandOption("--rounds <N>")]
        [Description("Shorthand for the round limit of the round-based models (MODEL.rounds).")]
        public int? Rounds { get; init; }

        [CommandOption("--seed <S>")]
        [Description("Seed of the random stream (default 1).")]
        public long Seed { get; init; } = 1;

        [CommandOption("--runs <N>")]
        [Description("Monte Carlo runs: sample every uncertain input N times and report means and distributions (default 1: the point values).")]
        public int Runs { get; init; } = 1;

        [CommandOption("--threads <N>")]
        [Description("Worker threads for Monte Carlo runs (default: all cores). Results do not depend on it.")]
        public int? Threads { get; init; }

        [CommandOption("--what-if <PATH=VALUE>")]
        [Description("Override an input for this run, e.g. --what-if kalinin.position.line=20 (repeatable).")]
        public string[] WhatIf { get; init; } = [];

        [CommandOption("--from <FORMAT>")]
        [Description("Input format when it cannot be told from the file: yaml, table, ktab, decide.")]
        public string? From { get; init; }

        [CommandOption("--no-save")]
        [Description("Do not save the run in the store.")]
        public bool NoSave { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var format = OutputFormats.Parse(settings.Format);
        if (settings.Runs < 1 || settings.Runs > Core.Scenarios.ScenarioLimits.MaxRuns)
            throw new UsageException($"--runs must be from 1 to {Core.Scenarios.ScenarioLimits.MaxRuns:N0}");
        if (settings.Threads is < 1 or > 1024) throw new UsageException("--threads must be from 1 to 1024");
        var models = SelectModels(settings.Model);
        var options = BuildOptions(settings, models);
        var scenario = InputFormats.OpenOrFail(settings.File, InputFormats.Parse(settings.From));
        foreach (var text in settings.WhatIf)
        {
            var change = Core.Scenarios.ScenarioOverride.Parse(text, out var error) ?? throw new UsageException(error!);
            scenario = change.ApplyTo(scenario, out error) ?? throw new UsageException(error!);
        }

        // Open (and migrate) the store while the models run, so saving adds little to the run.
        await using var store = settings.NoSave ? null : Storage.RunStores.Open(settings.Store);
        var prepared = store?.PrepareAsync(cancellationToken) ?? Task.CompletedTask;
        var results = new List<ForecastResult>();
        foreach (var model in models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                results.Add(settings.Runs == 1
                    ? model.Run(scenario, options, RandomStream.ForRun(settings.Seed, 0))
                    : ProgressReporter.Run(output, $"{model.Descriptor.Id}: {settings.Runs:N0} runs", settings.Runs,
                        progress => Core.Uncertainty.MonteCarloRunner.Run(model, scenario, options, settings.Runs,
                            settings.Threads ?? -1, progress, cancellationToken)));
            }
            catch (ModelInputException e) when (models.Count > 1)
            {
                output.Stderr.WriteLine($"plenum: model {model.Descriptor.Id} skipped: {e.Message}");
            }
        }
        if (results.Count == 0) throw new UsageException("no model could run on this scenario");

        switch (format)
        {
            case "json": output.Stdout.Write(ForecastJson.Write(results, indented: true)); break;
            case "csv": output.Stdout.Write(ForecastCsv.Trajectories(results)); break;
            default: ForecastTable.Render(output.StdoutConsole, scenario, results); break;
        }
        if (settings.Out is not null)
        {
            var written = OutDirectory.Write(settings.Out, scenario, results).Count;
            written += ReportWriter.Write(settings.Out, scenario, results, options, settings.Runs, output).Count;
            output.Stderr.WriteLine($"wrote {written} files to {settings.Out} (open report.html)");
        }
        if (store is not null)
        {
            await prepared;
            var id = await store.SaveAsync(RunRecords.For(settings.File, scenario, results, options, settings.Runs, clock.Elapsed.TotalMilliseconds), cancellationToken);
            output.Stderr.WriteLine($"saved as run {id} in {store.Location}");
        }
        return ExitCodes.Success;
    }

    private static List<IForecastModel> SelectModels(string spec)
    {
        if (spec == "all") return ModelCatalog.All.ToList();
        var list = new List<IForecastModel>();
        foreach (var id in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            list.Add(ModelCatalog.Find(id) ?? throw new UsageException($"--model {id} is not a model; expected one of: {ModelCatalog.Ids}, all"));
        return list;
    }

    private static ModelOptions BuildOptions(Settings settings, IReadOnlyList<IForecastModel> models)
    {
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        if (settings.Rounds is { } rounds)
        {
            if (rounds < 1) throw new UsageException("--rounds must be at least 1");
            foreach (var key in models.Select(m => $"{m.Descriptor.Id}.rounds").Where(ModelOptionParser.IsKnown))
                extra[key] = rounds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return ModelOptionParser.Parse(settings.Set, settings.Seed, extra);
    }
}
