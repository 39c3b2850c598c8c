using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Plenum.Storage.Backups;

namespace Plenum.Storage.Tests.Backups;

public sealed partial class WorkspaceBackupTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(22)]
    [InlineData(500)]
    [InlineData(-1)]
    public async Task Import_TruncatedArchive_RefusedAndNothingImported(int cut)
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source, "team");
        var archive = await ExportAsync(source, "team");
        var bytes = await File.ReadAllBytesAsync(archive);
        await File.WriteAllBytesAsync(archive, bytes[..(cut < 0 ? bytes.Length / 2 : bytes.Length - cut)]);
        var target = _stores.NewSqlite();
        var before = await StoreDump.OfAsync(await PreparedAsync(target), "default");

        var e = await Assert.ThrowsAsync<BackupRefusedException>(() => ImportAsync(target, archive));

        Assert.StartsWith("backup.zip is not a complete Plenum backup: it is truncated or not a ZIP archive (", e.Message);
        Assert.EndsWith("; nothing was imported", e.Message);
        await AssertNothingImportedAsync(target, before, "team");
    }

    [Fact]
    public async Task Import_RowEditedInTheArchive_RefusedNamingTheEntry()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source);
        var archive = await ExportAsync(source);
        Rewrite(archive, "tables/runs.jsonl", text => text.Replace("\"bdm\"", "\"bdx\""));
        var target = _stores.NewSqlite();
        var before = await StoreDump.OfAsync(await PreparedAsync(target), "default");

        var e = await Assert.ThrowsAsync<BackupRefusedException>(() => ImportAsync(target, archive));

        Assert.Matches("^backup.zip is damaged or was edited: tables/runs.jsonl has SHA-256 [0-9a-f]{64}, its manifest says [0-9a-f]{64}; nothing was imported$", e.Message);
        await AssertNothingImportedAsync(target, before, null);
    }

    [Fact]
    public async Task Import_RowRemovedAndManifestHashFixed_RefusedByTheContentHash()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source);
        var archive = await ExportAsync(source);
        Rewrite(archive, "tables/audit_log.jsonl", _ => "");
        EditManifest(archive, m =>
        {
            var entry = m["tables"]!.AsArray().Single(t => (string)t!["table"]! == "audit_log")!;
            entry["rows"] = 0;
            entry["bytes"] = 0;
            entry["sha256"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        });
        var target = _stores.NewSqlite();

        var e = await Assert.ThrowsAsync<BackupRefusedException>(() => ImportAsync(target, archive));

        Assert.Matches("^backup.zip is damaged or was edited: its content has SHA-256 [0-9a-f]{64}, the manifest says [0-9a-f]{64}; nothing was imported$", e.Message);
    }

    [Fact]
    public async Task Import_NewerFormatVersion_RefusedAskingForAnUpgrade()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source);
        var archive = await ExportAsync(source);
        EditManifest(archive, m => { m["formatVersion"] = 2; m["plenumVersion"] = "9.0.0"; });

        var e = await Assert.ThrowsAsync<BackupRefusedException>(() => ImportAsync(_stores.NewSqlite(), archive));

        Assert.Equal("backup.zip was written by Plenum 9.0.0 in backup format 2; this Plenum reads formats up to 1; upgrade Plenum to import it; nothing was imported", e.Message);
    }

    [Fact]
    public async Task Import_NewerSchemaVersion_RefusedAskingForAnUpgrade()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source);
        var archive = await ExportAsync(source);
        EditManifest(archive, m => { m["schemaVersion"] = 99; m["plenumVersion"] = "9.0.0"; });

        var e = await Assert.ThrowsAsync<BackupRefusedException>(() => ImportAsync(_stores.NewSqlite(), archive));

        Assert.StartsWith("backup.zip comes from a store at schema version 99 (Plenum 9.0.0); this Plenum knows versions up to ", e.Message);
    }

    [Fact]
    public async Task Import_ZipWithoutManifest_RefusedAsNotABackup()
    {
        var archive = Path.Combine(_stores.Folder, "backup.zip");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create)) zip.CreateEntry("minutes.txt");

        var e = await Assert.ThrowsAsync<BackupRefusedException>(() => ImportAsync(_stores.NewSqlite(), archive));

        Assert.Equal("backup.zip is not a Plenum workspace backup: it has no manifest.json; nothing was imported", e.Message);
    }

    [Fact]
    public async Task Import_FailingAfterSomeTables_LeavesTheStoreAsItWas()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source, "team");
        var archive = await ExportAsync(source, "team");
        var target = _stores.NewSqlite();
        await BackupSample.FillAsync(target);
        var before = await StoreDump.OfAsync(target, "default");

        await Assert.ThrowsAsync<IOException>(() => ImportAsync(target, archive,
            afterTable: table => table == "evidence_passages" ? throw new IOException("disk gone") : Task.CompletedTask));

        await AssertNothingImportedAsync(target, before, "team");
    }

    [Fact]
    public async Task Export_UnknownWorkspace_RefusedListingTheWorkspaces()
    {
        var source = _stores.NewSqlite();
        await BackupSample.FillAsync(source, "team");

        var e = await Assert.ThrowsAsync<BackupRefusedException>(() => ExportAsync(source, "tema"));

        Assert.Equal($"the store {source} has no workspace 'tema'; its workspaces are: 'default', 'team', 'others'", e.Message);
    }

    /// <summary>The store at <paramref name="spec"/>, created (schema only) so that it can be dumped.</summary>
    private static async Task<string> PreparedAsync(string spec)
    {
        await using var store = RunStores.Open(spec);
        await store.PrepareAsync();
        return spec;
    }

    private static async Task AssertNothingImportedAsync(string target, StoreDump before, string? workspace)
    {
        (await StoreDump.OfAsync(target, "default")).AssertSameAs(before);
        if (workspace is not null) Assert.Equal(0, (await StoreDump.OfAsync(target, workspace)).Rows("workspaces"));
        await AssertCleanAsync(target);
    }

    /// <summary>Replaces one entry's text, keeping every other entry (and the manifest) as it was.</summary>
    private static void Rewrite(string archive, string entryName, Func<string, string> change)
    {
        using var zip = ZipFile.Open(archive, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName)!;
        string text;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) text = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        writer.Write(change(text));
    }

    private static void EditManifest(string archive, Action<JsonObject> change) =>
        Rewrite(archive, "manifest.json", text =>
        {
            var manifest = JsonNode.Parse(text)!.AsObject();
            change(manifest);
            return manifest.ToJsonString();
        });
}
