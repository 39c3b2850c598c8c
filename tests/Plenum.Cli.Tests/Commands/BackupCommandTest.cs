namespace Plenum.Cli.Tests.Commands;

/// <summary><c>plenum export</c> and <c>plenum import</c> of a backup, run in-process: exit codes and messages.</summary>
public sealed class BackupCommandTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plenum-backup-cli-" + Guid.NewGuid().ToString("N"));

    public BackupCommandTest() => Directory.CreateDirectory(_folder);

    private string In(string name) => Path.Combine(_folder, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A store with two forecasts and one evidence document, all in the default workspace.</summary>
    private async Task<string> FilledStoreAsync()
    {
        var store = In("source.db");
        Assert.Equal(0, (await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "compromise", "--store", store)).ExitCode);
        Assert.Equal(0, (await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "median,mean", "--seed", "7", "--store", store)).ExitCode);
        var minutes = In("minutes.md");
        await File.WriteAllTextAsync(minutes, "# The April Plenum\n\nKamenev asked: \"But that would be a platform?\"\n");
        Assert.Equal(0, (await CliRun.Of("evidence", "add", minutes, "--source-id", "militant-1929", "--author", "L. Trotsky",
            "--publisher", "The Militant", "--date", "1929-04-23", "--store", store)).ExitCode);
        return store;
    }

    [Fact]
    public async Task ExportThenImport_FreshStore_SameRunsAndEvidence()
    {
        var source = await FilledStoreAsync();
        var target = In("target.db");

        var export = await CliRun.Of("export", "-o", In("backup.zip"), "--store", source);
        var import = await CliRun.Of("import", In("backup.zip"), "--store", target);

        Assert.Equal(0, export.ExitCode);
        Assert.Matches("^exported workspace 'default' of .*source.db to .*backup.zip \\([0-9,]+ bytes\\): 0 scenarios, 2 runs, 1 evidence documents " +
                       "\\([0-9]+ passages, [0-9]+ quotes, [0-9]+ mentions\\), 0 audit entries; content SHA-256 [0-9a-f]{64}\n$", export.Stderr);
        Assert.Equal(0, import.ExitCode);
        Assert.StartsWith($"imported workspace 'default' from {In("backup.zip")} into {target}: 0 scenarios, 2 runs, 1 evidence documents (", import.Stderr);
        Assert.EndsWith("), 0 audit entries; ids kept\n", import.Stderr);
        foreach (var id in new[] { "1", "2" })
            Assert.Equal((await CliRun.Of("runs", "export", id, "--store", source)).Stdout, (await CliRun.Of("runs", "export", id, "--store", target)).Stdout);
        Assert.Equal((await CliRun.Of("evidence", "list", "--store", source)).Stdout, (await CliRun.Of("evidence", "list", "--store", target)).Stdout);
    }

    [Fact]
    public async Task Import_TwiceIntoTheSameStore_SecondExitsTwoUnlessAs()
    {
        var source = await FilledStoreAsync();
        var target = In("target.db");
        await CliRun.Of("export", "default", "-o", In("backup.zip"), "--store", source);
        await CliRun.Of("import", In("backup.zip"), "--store", target);

        var again = await CliRun.Of("import", In("backup.zip"), "--store", target);
        var copy = await CliRun.Of("import", In("backup.zip"), "--as", "copy", "--store", target);

        Assert.Equal(2, again.ExitCode);
        Assert.Equal($"plenum: the store {target} already has a workspace 'default' holding 2 runs, 1 evidence documents; " +
                     "import the backup under another name with --as NAME, or into an empty store; nothing was imported\n", again.Stderr);
        Assert.Equal(0, copy.ExitCode);
        Assert.EndsWith("; the store already used some of its run ids, so run N of the backup is run N+2 here\n", copy.Stderr);
        Assert.Contains("median", (await CliRun.Of("runs", "show", "4", "--store", target)).Stderr);
    }

    [Fact]
    public async Task Import_TruncatedBackup_ExitsTwoAndImportsNothing()
    {
        var source = await FilledStoreAsync();
        var target = In("target.db");
        await CliRun.Of("export", "-o", In("backup.zip"), "--store", source);
        var bytes = await File.ReadAllBytesAsync(In("backup.zip"));
        await File.WriteAllBytesAsync(In("backup.zip"), bytes[..(bytes.Length - 40)]);

        var import = await CliRun.Of("import", In("backup.zip"), "--store", target);

        Assert.Equal(2, import.ExitCode);
        Assert.StartsWith("plenum: backup.zip is not a complete Plenum backup: it is truncated or not a ZIP archive (", import.Stderr);
        Assert.False(File.Exists(target), "a refused backup must not even create the store");
    }

    [Fact]
    public async Task Export_UsageErrors_ExitTwo()
    {
        var source = await FilledStoreAsync();
        await File.WriteAllTextAsync(In("exists.zip"), "x");

        var noOut = await CliRun.Of("export", "--store", source);
        var exists = await CliRun.Of("export", "-o", In("exists.zip"), "--store", source);
        var unknown = await CliRun.Of("export", "team", "-o", In("team.zip"), "--store", source);

        Assert.Equal((2, "plenum: give the backup file with -o FILE"), (noOut.ExitCode, noOut.Stderr.Split('\n')[0]));
        Assert.Equal((2, $"plenum: {In("exists.zip")} exists; pass --force to overwrite it"), (exists.ExitCode, exists.Stderr.Split('\n')[0]));
        Assert.Equal((2, $"plenum: the store {source} has no workspace 'team'; its workspaces are: 'default'\n"), (unknown.ExitCode, unknown.Stderr));
        Assert.Equal("x", await File.ReadAllTextAsync(In("exists.zip")));
        Assert.False(File.Exists(In("team.zip")));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public async Task Import_OptionsOfTheOtherKind_ExitTwo()
    {
        var source = await FilledStoreAsync();
        await CliRun.Of("export", "-o", In("backup.zip"), "--store", source);

        var backupWithOut = await CliRun.Of("import", In("backup.zip"), "-o", In("x.yaml"));
        var tableWithAs = await CliRun.Of("import", CliRun.Fixture("table.csv"), "--as", "copy");

        Assert.Equal(2, backupWithOut.ExitCode);
        Assert.StartsWith($"plenum: {In("backup.zip")} is a Plenum backup: it is imported into the store (--store, --as), not written with -o/--force", backupWithOut.Stderr);
        Assert.Equal(2, tableWithAs.ExitCode);
        Assert.StartsWith("plenum: --as and --store apply to Plenum backups (made by 'plenum export');", tableWithAs.Stderr);
    }
}
