using System.Text.Json;

namespace Plenum.Cli.Tests.Commands;

public class BacktestCommandTest
{
    private static readonly string Politburo = Path.Combine(Support.RepoRoot.Path, "scenarios", "politburo-1929.yaml");

    [Fact]
    public async Task Backtest_Out_WritesTheHtmlReportChartsAndTables()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"plenum-backtest-{Guid.NewGuid():N}");
        try
        {
            var run = await CliRun.Of("backtest", Politburo, "--model", "arena", "--format", "json", "--out", dir);

            Assert.Equal(0, run.ExitCode);
            using var doc = JsonDocument.Parse(run.Stdout);
            var models = doc.RootElement.GetProperty("summary").EnumerateArray().Select(m => m.GetProperty("model").GetString()).ToList();
            Assert.Contains("arena", models);
            Assert.Contains("status-quo", models);
            foreach (var file in new[] { "backtest.html", "backtest.json", "summary.csv", "issues.csv", "events.csv", "backtest-mae.png", "backtest-mae.svg" })
                Assert.True(File.Exists(Path.Combine(dir, file)), file);
            var page = File.ReadAllText(Path.Combine(dir, "backtest.html"));
            Assert.Contains("politburo-1929", page);
            Assert.Contains("data:image/svg+xml;base64,", page);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
