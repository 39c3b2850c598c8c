using System.Text.Json;

namespace Plenum.Cli.Tests.Commands;

public class RunsCommandTest
{
    [Fact]
    public async Task Forecast_IsSaved_AndRunsCommandsSeeIt()
    {
        var store = Path.Combine(Path.GetTempPath(), $"plenum-runs-{Guid.NewGuid():N}.db");
        try
        {
            // Given two saved forecasts with different seeds
            var first = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "compromise", "--format", "json", "--store", store);
            var second = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "median", "--store", store, "--what-if", "a.position.line=90");
            Assert.Equal(0, first.ExitCode);
            Assert.Contains("saved as run 1 in ", first.Stderr);
            Assert.Contains("saved as run 2 in ", second.Stderr);

            // When they are listed, exported, compared and deleted
            var list = await CliRun.Of("runs", "list", "--store", store);
            var export = await CliRun.Of("runs", "export", "1", "--store", store);
            var compare = await CliRun.Of("runs", "compare", "1", "2", "--store", store);
            var delete = await CliRun.Of("runs", "delete", "1", "--store", store);
            var gone = await CliRun.Of("runs", "show", "1", "--store", store);

            // Then each sees the saved runs
            Assert.Contains("compromise", list.Stdout);
            Assert.Contains("median", list.Stdout);
            using (var saved = JsonDocument.Parse(export.Stdout))
                Assert.Equal(66.0, saved.RootElement.GetProperty("issues")[0].GetProperty("forecast").GetDouble(), 12);
            Assert.Contains("same scenario text", compare.Stdout);
            Assert.Equal(0, delete.ExitCode);
            Assert.Equal(2, gone.ExitCode);
        }
        finally
        {
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(store) + "*")) File.Delete(f);
        }
    }

    [Fact]
    public async Task Forecast_NoSave_LeavesTheStoreAlone()
    {
        var store = Path.Combine(Path.GetTempPath(), $"plenum-runs-{Guid.NewGuid():N}.db");
        var run = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "mean", "--no-save", "--store", store);
        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task UnreachablePostgres_ExitsOneWithoutPassword()
    {
        var run = await CliRun.Of("runs", "list", "--store", "Host=127.0.0.1;Port=1;Username=u;Password=secret;Database=d;Timeout=2");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot reach PostgreSQL at 127.0.0.1:1", run.Stderr);
        Assert.DoesNotContain("secret", run.Stderr);
    }
}
