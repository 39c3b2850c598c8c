using Plenum.Storage;
using Plenum.Storage.Backups;

namespace Plenum.Cli.Commands;

/// <summary>
/// The backup half of <c>plenum import</c>: a Plenum backup (a ZIP archive, or <c>--from backup</c>) is restored
/// into the store instead of being converted to a scenario.
/// </summary>
internal static class BackupImporter
{
    /// <summary>The <c>--from</c> value that names a Plenum backup.</summary>
    public const string FormatName = "backup";

    /// <summary>True when <paramref name="path"/> starts like a ZIP archive (no scenario format does).</summary>
    public static bool LooksLikeBackup(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            return file.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head[0] == (byte)'P' && head[1] == (byte)'K'
                   && (head[2], head[3]) is (3, 4) or (5, 6);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // the scenario importers report the unreadable file with their usual message
        }
    }

    public static async Task<int> RunAsync(Output output, string path, string? asWorkspace, string? storeSpec, CancellationToken cancellationToken)
    {
        await using var store = RunStores.Open(storeSpec);
        var summary = await WorkspaceBackups.ImportAsync(store, path, asWorkspace, cancellationToken);
        var ids = summary.KeyShifts.TryGetValue("runs", out var shift)
            ? $"; the store already used some of its run ids, so run N of the backup is run N+{shift} here"
            : "; ids kept";
        output.Stderr.WriteLine($"imported workspace '{summary.Workspace}' from {path} into {store.Location}: {summary.Describe()}{ids}");
        return ExitCodes.Success;
    }
}
