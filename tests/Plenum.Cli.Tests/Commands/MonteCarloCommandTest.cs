using System.Text.Json;

namespace Plenum.Cli.Tests.Commands;

public class MonteCarloCommandTest
{
    private static string Scenario1929 =>
        Path.Combine(Support.RepoRoot.Path, "scenarios", "politburo-1929.yaml");

    [Fact]
    public async Task Runs_SameSeed_SameJsonAtOneAndTwoThreads()
    {
        var one = await CliRun.Of("forecast", Scenario1929, "--model", "compromise", "--runs", "600", "--seed", "5", "--threads", "1", "--format", "json");
        var two = await CliRun.Of("forecast", Scenario1929, "--model", "compromise", "--runs", "600", "--seed", "5", "--threads", "2", "--format", "json");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Stdout, two.Stdout);
        using var doc = JsonDocument.Parse(one.Stdout);
        var d = doc.RootElement.GetProperty("issues")[0].GetProperty("distribution");
        Assert.Equal(600, d.GetProperty("runs").GetInt32());
        Assert.True(d.GetProperty("p05").GetDouble() < d.GetProperty("p95").GetDouble());
        Assert.Contains("100%", one.Stderr); // progress went to stderr, not stdout
    }

    [Fact]
    public async Task Sensitivity_Csv_ListsEveryInputOfTheIssue()
    {
        var run = await CliRun.Of("sensitivity", CliRun.Fixture("two-actors.yaml"), "--format", "csv", "--runs", "200");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Replace("\r", "").TrimEnd('\n').Split('\n');
        Assert.Equal("model,issue,input,low,high,at_low,at_high,swing,first_order_index", lines[0]);
        // a and b: capability, position and salience each
        Assert.Equal(7, lines.Length);
        // b's position (certain: ±10 points) swings 58→74; b's capability (uncertain 10–30) 56.67→70, η² near 1
        Assert.Equal("compromise,line,b.position.line,70,90,58,74,16,", lines[1]);
        Assert.StartsWith("compromise,line,b.capability,10,30,56.666666666666664,70,", lines[2]);
    }
}
