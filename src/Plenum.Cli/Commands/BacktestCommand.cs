using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Core.Backtesting;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum backtest DIR|FILE… [--model M|all] [--runs N]</c>: scores models against coded outcomes.</summary>
public sealed class BacktestCommand(Output output) : Command<BacktestCommand.Settings>
{
    public sealed class Settings : ModelRunSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Scenario files, or folders whose *.yaml scenarios are read.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("-m|--model <NAME>")]
        [Description("A model id, a comma-separated list, or 'all' (default). The baselines always run.")]
        public string Model { get; init; } = "all";

        [CommandOption("--runs <N>")]
        [Description("Monte Carlo runs per forecast (default 1: point values).")]
        public int Runs { get; init; } = 1;


        [CommandOption("-o|--out <DIR>")]
        [Description("Also write backtest.json and one CSV per metric into DIR.")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(settings.Format);
        if (settings.Runs is < 1 or > 100_000) throw new UsageException("--runs must be from 1 to 100,000 in a backtest");
        var models = settings.Model == "all" ? ModelCatalog.All.ToList()
            : settings.Model.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => ModelCatalog.Find(id) ?? throw new UsageException($"--model {id} is not a model; expected one of: {ModelCatalog.Ids}, all")).ToList();
        var options = ModelOptionParser.Parse(settings.Set, settings.Seed);

        var files = new List<string>();
        foreach (var path in settings.Paths)
        {
            if (Directory.Exists(path)) files.AddRange(Directory.GetFiles(path, "*.yaml").Order(StringComparer.Ordinal));
            else files.Add(path);
        }
        if (files.Count == 0) throw new UsageException("no scenario files found");
        var problems = new List<ScenarioProblem>();
        var scenarios = new List<Scenario>();
        foreach (var f in files)
        {
            var loaded = ScenarioLoader.LoadFile(f);
            if (loaded.IsValid) scenarios.Add(loaded.Scenario!);
            else problems.AddRange(loaded.Problems);
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var report = Backtester.Run(scenarios, models, options, settings.Runs);
        switch (format)
        {
            case "json": output.Stdout.Write(BacktestPresenter.Json(report)); break;
            case "csv": output.Stdout.Write(BacktestPresenter.SummaryCsv(report)); break;
            default: BacktestPresenter.Render(output.StdoutConsole, report); break;
        }
        foreach (var note in report.Notes) output.Stderr.WriteLine($"note: {note}");
        if (settings.Out is not null)
        {
            var written = BacktestPresenter.WriteFolder(settings.Out, report);
            output.Stderr.WriteLine($"wrote {written} files to {settings.Out}");
        }
        return ExitCodes.Success;
    }
}
