using Plenum.Storage;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum store check [--store S]</c>: verifies the store after a crash, a full disk or a restore. Prints one
/// line per problem (stdout) and a summary (stderr); exit 0 when clean, 1 when anything is wrong.
/// </summary>
public sealed class StoreCheckCommand(Output output) : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var store = RunStores.Open(settings.Store);
        var report = await StoreChecks.CheckAsync(store, cancellationToken);
        foreach (var problem in report.Problems) output.Stdout.WriteLine($"problem: {problem}");
        foreach (var note in report.Notes) output.Stderr.WriteLine($"note: {note}");
        output.Stderr.WriteLine(report.IsClean
            ? $"{report.Location}: clean; schema version {report.SchemaVersion}, {report.Runs} runs"
            : $"{report.Location}: {report.Problems.Count} problems; schema version {report.SchemaVersion}, {report.Runs} runs");
        return report.IsClean ? ExitCodes.Success : ExitCodes.Failure;
    }
}
