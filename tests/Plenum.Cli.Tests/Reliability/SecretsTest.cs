using Npgsql;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>
/// A PostgreSQL password given in <c>--store</c> never reaches the user's screen, a saved run, a report or an error
/// message: not when the server is unreachable, not when the connection string is malformed, not with <c>--debug</c>.
/// </summary>
public sealed class SecretsTest(TestPostgres postgres) : IClassFixture<TestPostgres>
{
    private const string Password = "S3cret-Pw-4711";

    public static TheoryData<string> UnusableStores => new()
    {
        $"Host=127.0.0.1;Port=9;Username=plenum;Password={Password};Timeout=3",
        $"postgresql://plenum:{Password}@127.0.0.1:9/plenum?connect_timeout=3",
        $"Host=no-such-host.invalid;Username=plenum;Password={Password};Timeout=3",
        $"Host=127.0.0.1;Password={Password};Port=not-a-port",
        $"Host=127.0.0.1;Password={Password};No Such Keyword=1",
        $"postgresql://plenum:{Password}@127.0.0.1:9/plenum?sslmode=sideways",
        $"postgresql://plenum:{Password}@/plenum",
    };

    [Theory]
    [MemberData(nameof(UnusableStores))]
    public async Task Commands_UnusableStoreWithPassword_FailWithoutPrintingIt(string store)
    {
        string[][] commands =
        [
            ["runs", "list", "--store", store],
            ["runs", "show", "1", "--store", store],
            ["store", "check", "--store", store],
            ["forecast", CliRun.Fixture("two-actors.yaml"), "--model", "mean", "--store", store],
        ];
        foreach (var args in commands)
        {
            var run = await CliRun.Of(args);

            Assert.NotEqual(0, run.ExitCode);
            Assert.DoesNotContain(Password, run.Stdout + run.Stderr);
            Assert.Contains("plenum: ", run.Stderr);
        }
    }

    [Theory]
    [MemberData(nameof(UnusableStores))]
    public async Task Debug_UnusableStoreWithPassword_ExceptionsDoNotCarryIt(string store)
    {
        var e = await Record.ExceptionAsync(() => CliRun.Of("runs", "list", "--store", store, "--debug"));

        Assert.NotNull(e);
        Assert.DoesNotContain(Password, e.ToString());
    }

    [Fact]
    public async Task Forecast_StoreWithPassword_RunReportAndOutputsDoNotHoldIt()
    {
        if (postgres.Missing is { } missing)
        {
            if (TestPostgres.InCi) throw new InvalidOperationException(missing);
            return;
        }
        // The test server trusts local logins, so any password is accepted and must still be kept out of everything.
        var store = new NpgsqlConnectionStringBuilder(await postgres.NewSchemaAsync()) { Password = Password }.ConnectionString;
        var outDir = Path.Combine(Path.GetTempPath(), "plenum-secrets-" + Guid.NewGuid().ToString("N"));
        try
        {
            var forecast = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "mean,bdm", "--runs", "20",
                "--store", store, "--out", outDir, "--format", "json");
            Assert.True(forecast.ExitCode == 0, forecast.Stderr);
            var shown = await CliRun.Of("runs", "show", "1", "--store", store);
            var listed = await CliRun.Of("runs", "list", "--store", store);
            var exported = await CliRun.Of("runs", "export", "1", "--store", store);
            var check = await CliRun.Of("store", "check", "--store", store);

            foreach (var run in new[] { forecast, shown, listed, exported, check })
                Assert.DoesNotContain(Password, run.Stdout + run.Stderr);
            Assert.Equal(0, check.ExitCode);
            foreach (var file in Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories))
                Assert.DoesNotContain(Password, await File.ReadAllTextAsync(file));
            Assert.DoesNotContain(Password, await RowTextAsync(store));
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }

    /// <summary>Every column of every saved run, as text.</summary>
    private static async Task<string> RowTextAsync(string store)
    {
        await using var connection = new NpgsqlConnection(store);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT r::text FROM runs r UNION ALL SELECT m::text FROM run_models m", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var text = new System.Text.StringBuilder();
        while (await reader.ReadAsync()) text.AppendLine(reader.GetString(0));
        Assert.NotEqual(0, text.Length);
        return text.ToString();
    }
}
