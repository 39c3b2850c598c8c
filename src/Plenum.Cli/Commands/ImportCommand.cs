using System.ComponentModel;
using Plenum.Core.Scenarios;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum import FILE [--from FORMAT] [-o OUT.yaml]</c>: writes a Plenum scenario; or, for a Plenum backup
/// (<c>plenum export</c>), <c>plenum import FILE [--as NAME] [--store S]</c> restores the workspace into the store.
/// </summary>
public sealed class ImportCommand(Output output) : AsyncCommand<ImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A KTAB CSV, a Decide exchange-model file, a table actor,capability,position,salience, or a Plenum backup.")]
        public string File { get; init; } = "";

        [CommandOption("--from <FORMAT>")]
        [Description("ktab, decide, table or backup; detected when not given.")]
        public string? From { get; init; }

        [CommandOption("-o|--out <OUT>")]
        [Description("Where to write the scenario (YAML). Without it, the YAML goes to stdout.")]
        public string? Out { get; init; }

        [CommandOption("--force")]
        [Description("Overwrite OUT if it exists.")]
        public bool Force { get; init; }

        [CommandOption("--as <NAME>")]
        [Description("Backups: import the workspace under this name (it must not exist, or be empty).")]
        public string? As { get; init; }

        [CommandOption("--store <SPEC>")]
        [Description("Backups: the store to import into (default: $PLENUM_STORE, else $PLENUM_HOME/plenum.db).")]
        public string? Store { get; init; }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var backup = settings.From == BackupImporter.FormatName || settings.From is null && BackupImporter.LooksLikeBackup(settings.File);
        if (backup)
        {
            if (settings.Out is not null || settings.Force)
                throw new UsageException($"{settings.File} is a Plenum backup: it is imported into the store (--store, --as), not written with -o/--force");
            return BackupImporter.RunAsync(output, settings.File, settings.As, settings.Store, cancellationToken);
        }
        if (settings.As is not null || settings.Store is not null)
            throw new UsageException($"--as and --store apply to Plenum backups (made by 'plenum export'); {settings.File} is not one");
        return Task.FromResult(Convert(settings));
    }

    private int Convert(Settings settings)
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
