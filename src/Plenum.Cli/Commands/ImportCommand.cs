using System.ComponentModel;
using Plenum.Core.Scenarios;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum import FILE [--from FORMAT] [-o OUT.yaml]</c>: writes a Plenum scenario.</summary>
public sealed class ImportCommand(Output output) : Command<ImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A KTAB CSV, a Decide exchange-model file, or a table actor,capability,position,salience.")]
        public string File { get; init; } = "";

        [CommandOption("--from <FORMAT>")]
        [Description("ktab, decide or table; detected when not given.")]
        public string? From { get; init; }

        [CommandOption("-o|--out <OUT>")]
        [Description("Where to write the scenario (YAML). Without it, the YAML goes to stdout.")]
        public string? Out { get; init; }

        [CommandOption("--force")]
        [Description("Overwrite OUT if it exists.")]
        public bool Force { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scenario = InputFormats.OpenOrFail(settings.File, InputFormats.Parse(settings.From));
        var yaml = ScenarioYamlWriter.ToYaml(scenario, $"Imported by 'plenum import' from {Path.GetFileName(settings.File)}");
        if (settings.Out is null)
        {
            output.Stdout.Write(yaml);
            return ExitCodes.Success;
        }
        if (System.IO.File.Exists(settings.Out) && !settings.Force)
            throw new UsageException($"{settings.Out} exists; pass --force to overwrite it");
        // Write beside the target and move, so an interrupted import never leaves half a file.
        var temp = settings.Out + ".tmp";
        System.IO.File.WriteAllText(temp, yaml);
        System.IO.File.Move(temp, settings.Out, overwrite: true);
        output.Stderr.WriteLine($"wrote {settings.Out} ({scenario.Actors.Count} actors, {scenario.Issues.Count} issues)");
        return ExitCodes.Success;
    }
}
