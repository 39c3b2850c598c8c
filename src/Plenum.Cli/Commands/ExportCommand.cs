using System.ComponentModel;
using Plenum.Storage;
using Plenum.Storage.Backups;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum export [WORKSPACE] -o FILE [--force] [--store S]</c>: a backup of one workspace (scenarios, runs,
/// evidence, audit log) as one ZIP file that <c>plenum import</c> restores into any store. See docs/reliability.md.
/// </summary>
public sealed class ExportCommand(Output output) : AsyncCommand<ExportCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "[WORKSPACE]")]
        [Description("The workspace to back up; 'default' (the command line's own: its runs and evidence) when not given.")]
        public string Workspace { get; init; } = WorkspaceBackups.DefaultWorkspace;

        [CommandOption("-o|--out <FILE>")]
        [Description("The backup file to write (a ZIP archive, for example backup.plenum.zip).")]
        public string? Out { get; init; }

        [CommandOption("--force")]
        [Description("Overwrite FILE if it exists.")]
        public bool Force { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Out)) throw new UsageException("give the backup file with -o FILE");
        var target = Path.GetFullPath(settings.Out);
        if (File.Exists(target) && !settings.Force) throw new UsageException($"{settings.Out} exists; pass --force to overwrite it");
        if (Directory.Exists(target)) throw new UsageException($"{settings.Out} is a folder; give a file name, for example {Path.Combine(settings.Out, "backup.plenum.zip")}");

        await using var store = RunStores.Open(settings.Store);
        // Written beside the target and moved into place: an interrupted export never leaves half a backup under its name.
        var temporary = $"{target}.{Environment.ProcessId}.tmp";
        BackupSummary summary;
        try
        {
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                summary = await WorkspaceBackups.ExportAsync(store, settings.Workspace, file, PlenumVersion, DateTimeOffset.UtcNow, cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        output.Stderr.WriteLine($"exported workspace '{summary.Workspace}' of {store.Location} to {settings.Out} ({new FileInfo(target).Length:N0} bytes): " +
                                $"{summary.Describe()}; content SHA-256 {summary.ContentSha256}");
        return ExitCodes.Success;
    }

    private static string PlenumVersion => typeof(ExportCommand).Assembly.GetName().Version?.ToString() ?? "0";
}
