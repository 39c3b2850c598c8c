using System.Text.Json;

namespace Plenum.Cli.Tests.Commands;

public class ForecastCommandTest
{
    [Fact]
    public async Task Forecast_Json_FollowsTheContract()
    {
        // Given two actors: a (cap 10, pos 10, sal 50) and b (cap 20, pos 80, sal 100): weights 5 and 20
        var run = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "compromise", "--format", "json", "--seed", "7");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("test", root.GetProperty("scenario").GetString());
        Assert.Equal("compromise", root.GetProperty("model").GetString());
        Assert.Equal(7, root.GetProperty("options").GetProperty("seed").GetInt32());
        var issue = root.GetProperty("issues")[0];
        Assert.Equal("line", issue.GetProperty("id").GetString());
        Assert.Equal(66.0, issue.GetProperty("forecast").GetDouble(), 12); // (5·10 + 20·80) / 25
        var round0 = issue.GetProperty("rounds")[0];
        Assert.Equal(0, round0.GetProperty("round").GetInt32());
        Assert.Equal(80.0, round0.GetProperty("positions").GetProperty("b").GetDouble());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("motions").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("actors").ValueKind);
    }

    [Fact]
    public async Task Forecast_AllModels_Json_IsAnArrayOfResults()
    {
        var run = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--format", "json");
        using var doc = JsonDocument.Parse(run.Stdout);
        var models = doc.RootElement.EnumerateArray().Select(r => r.GetProperty("model").GetString()).ToList();
        Assert.Contains("mean", models);
        Assert.Contains("median", models);
    }

    [Fact]
    public async Task Forecast_Table_FitsEightyColumns()
    {
        var run = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("compromise", run.Stdout);
        Assert.All(run.Stdout.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, $"too wide: '{line}'"));
    }

    [Fact]
    public async Task Forecast_Csv_HasOneRowPerActorPerRound()
    {
        var run = await CliRun.Of("forecast", CliRun.Fixture("table.csv"), "--model", "median", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Replace("\r", "").TrimEnd('\n').Split('\n');
        Assert.Equal("model,issue,round,actor,position,round_mean,round_median", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains("median,issue,0,germany,20,", run.Stdout);
        Assert.Contains("median,issue,0,france-republic-of,60,", run.Stdout);
    }

    [Fact]
    public async Task Forecast_OutDirectory_WritesJsonAndCsvPerIssue()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"plenum-out-{Guid.NewGuid():N}");
        try
        {
            var run = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "median", "--out", dir);
            Assert.Equal(0, run.ExitCode);
            Assert.True(File.Exists(Path.Combine(dir, "forecast.json")));
            Assert.Contains("<html", File.ReadAllText(Path.Combine(dir, "report.html")));
            var csv = File.ReadAllText(Path.Combine(dir, "median-line.csv")).Replace("\r", "");
            Assert.Equal("round,a,b,mean,median\n0,10,80,66,80\n", csv);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("--model", "nosuch")]
    [InlineData("--format", "xml")]
    [InlineData("--set", "nosuch.key=1")]
    [InlineData("--set", "novalue")]
    public async Task Forecast_BadUsage_ExitsTwo(string option, string value)
    {
        var run = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("plenum: ", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}

public class ForecastWhatIfTest
{
    [Fact]
    public async Task WhatIf_ChangesTheInputForThisRun()
    {
        // a moves from 10 to 90: compromise (5·90 + 20·80) / 25 = 82
        var run = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--model", "compromise", "--format", "json", "--what-if", "a.position.line=90");
        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal(82.0, doc.RootElement.GetProperty("issues")[0].GetProperty("forecast").GetDouble(), 12);
    }

    [Theory]
    [InlineData("a.position.line=190", "plenum: what-if a.position.line=190: positions on 'line' run from 0 to 100")]
    [InlineData("zz.capability=3", "plenum: what-if zz.capability: 'zz' is neither an actor nor an issue of the scenario")]
    [InlineData("a.capability=x", "plenum: what-if 'a.capability=x': 'x' is not a number")]
    public async Task WhatIf_Bad_ExitsTwoWithMessage(string whatIf, string message)
    {
        var run = await CliRun.Of("forecast", CliRun.Fixture("two-actors.yaml"), "--what-if", whatIf);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Stderr.Replace("\r", "").Split('\n')[0]);
    }
}
