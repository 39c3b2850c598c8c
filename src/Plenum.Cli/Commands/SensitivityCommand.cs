using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Core.Models;
using Plenum.Core.Uncertainty;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum sensitivity FILE --model M [--issue ID] [--runs N]</c>: which inputs move the forecast most.</summary>
public sealed class SensitivityCommand(Output output) : Command<SensitivityCommand.Settings>
{
    public sealed class Settings : ModelRunSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A scenario (YAML) or an importable file.")]
        public string File { get; init; } = "";

        [CommandOption("-m|--model <NAME>")]
        [Description("The model whose forecast is analysed (default compromise).")]
        public string Model { get; init; } = "compromise";

        [CommandOption("--issue <ID>")]
        [Description("The issue (default: every issue).")]
        public string? Issue { get; init; }

        [CommandOption("--runs <N>")]
        [Description("Monte Carlo draws for the variance-based ranking (default 1000; 0 skips it).")]
        public int Runs { get; init; } = 1000;

        [CommandOption("--top <N>")]
        [Description("Show the N inputs with the largest swing (default 15; all in json/csv).")]
        public int Top { get; init; } = 15;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var model = ModelCatalog.Find(settings.Model) ?? throw new UsageException($"--model {settings.Model} is not a model; expected one of: {ModelCatalog.Ids}");
        if (settings.Runs is < 0 or > 1_000_000) throw new UsageException("--runs must be from 0 to 1,000,000");
        var format = OutputFormats.Parse(settings.Format);
        var options = ModelOptionParser.Parse(settings.Set, settings.Seed);
        var scenario = InputFormats.OpenOrFail(settings.File, null);
        var issues = settings.Issue is null ? scenario.Issues.Select(i => i.Id).ToList()
            : scenario.FindIssue(settings.Issue) is not null ? [settings.Issue]
            : throw new UsageException($"--issue {settings.Issue} is not an issue of the scenario");
        var results = issues.Select(id => SensitivityAnalysis.Run(model, scenario, id, options, settings.Runs)).ToList();
        switch (format)
        {
            case "json": output.Stdout.Write(SensitivityPresenter.Json(results)); break;
            case "csv": output.Stdout.Write(SensitivityPresenter.Csv(results)); break;
            default: SensitivityPresenter.Render(output.StdoutConsole, results, settings.Top); break;
        }
        return ExitCodes.Success;
    }
}
