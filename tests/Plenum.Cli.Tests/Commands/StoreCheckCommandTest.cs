using Microsoft.Data.Sqlite;

namespace Plenum.Cli.Tests.Commands;

public sealed class StoreCheckCommandTest : IDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), $"plenum-check-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task StoreCheck_StoreWithARun_ExitsZeroAndSaysClean()
    {
        var forecast = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "compromise,median", "--store", _store);
        Assert.Equal(0, forecast.ExitCode);

        var check = await CliRun.Of("store", "check", "--store", _store);

        Assert.Equal(0, check.ExitCode);
        Assert.Equal("", check.Stdout);
        Assert.Contains($"{_store}: clean; schema version 4, 1 runs", check.Stderr);
    }

    [Fact]
    public async Task StoreCheck_HalfWrittenRun_ExitsOneAndListsIt()
    {
        Assert.Equal(0, (await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "compromise,median", "--store", _store)).ExitCode);
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={_store};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM run_models WHERE position = 1";
            await command.ExecuteNonQueryAsync();
        }

        var check = await CliRun.Of("store", "check", "--store", _store);

        Assert.Equal(1, check.ExitCode);
        Assert.Equal("problem: run 1: half-written: 2 models (compromise,median) but 1 run_models rows\n", check.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains($"{_store}: 1 problems; schema version 4, 1 runs", check.Stderr);
    }

    [Fact]
    public async Task StoreCheck_NoSuchFile_ExitsOneAndCreatesNothing()
    {
        var check = await CliRun.Of("store", "check", "--store", _store);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"problem: no store at {_store}: the file does not exist", check.Stdout);
        Assert.False(File.Exists(_store));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_store) + "*")) File.Delete(f);
    }
}
