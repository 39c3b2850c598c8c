using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Core.Evidence.Corroboration;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum evidence claims FILE [--format table|json|csv]</c>: every claim of a scenario with its passages and the
/// number of independent provenance clusters for and against it.
/// </summary>
public sealed class EvidenceClaimsCommand(Output output) : Command<EvidenceClaimsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A scenario file.")]
        public string File { get; init; } = "";

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default), json or csv.")]
        public string Format { get; init; } = "table";

        [CommandOption("--uncorroborated")]
        [Description("Only the claims with fewer than two independent supporting witnesses.")]
        public bool Uncorroborated { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(settings.Format);
        var scenario = InputFormats.OpenOrFail(settings.File, null);
        var result = CorroborationAnalysis.Analyse(scenario);
        if (settings.Uncorroborated) result = result with { Claims = result.Claims.Where(c => !c.Corroborated).ToList() };
        switch (format)
        {
            case "json": output.Stdout.Write(ClaimsPresenter.Json(scenario.Id, result)); break;
            case "csv": output.Stdout.Write(ClaimsPresenter.Csv(result)); break;
            default: ClaimsPresenter.Render(output.StdoutConsole, scenario.Id, result); break;
        }
        return ExitCodes.Success;
    }
}
