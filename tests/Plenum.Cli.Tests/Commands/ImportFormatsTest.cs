using Plenum.Core.Scenarios;

namespace Plenum.Cli.Tests.Commands;

public class ImportFormatsTest
{
    [Fact]
    public async Task Import_KtabCsv_IsDetectedAndWritesAValidScenario()
    {
        var outFile = Path.Combine(Path.GetTempPath(), $"plenum-ktab-{Guid.NewGuid():N}.yaml");
        try
        {
            var run = await CliRun.Of("import", CliRun.Fixture("ktab-dummyData_3Dim.csv"), "-o", outFile);

            Assert.Equal(0, run.ExitCode);
            var s = ScenarioLoader.LoadFile(outFile).Scenario!;
            Assert.Equal(7, s.Actors.Count);
            Assert.Equal(3, s.Issues.Count);
            Assert.Equal("sactor-00", s.Actors[0].Id);
            Assert.Equal(102.543, s.Actors[0].Capability.Value);
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [Fact]
    public async Task Forecast_KtabCsv_RunsSmpDirectly()
    {
        var run = await CliRun.Of("forecast", CliRun.Fixture("ktab-dummyData_3Dim.csv"), "--model", "smp", "--format", "json", "--no-save");
        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal(3, doc.RootElement.GetProperty("issues").GetArrayLength());
    }
}

public class DecideImportTest
{
    [Fact]
    public async Task Validate_DecideFileWithErrors_ReportsEachAtItsLine()
    {
        var path = CliRun.Fixture("decide-copenhagen_with_errors.csv");
        var run = await CliRun.Of("validate", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"{path}:86:19: position of 'Russia' on 'Control' is 160; the scale of 'Control' runs from 0 to 100\n" +
            $"{path}:87:32: power of 'China India' on 'Control' is -0.247; power cannot be negative\n",
            run.Stderr.Replace("\r", ""));
    }

    [Fact]
    public async Task Forecast_DecideFile_RunsTheExchangeModel()
    {
        var run = await CliRun.Of("forecast", CliRun.Fixture("decide-sample_data.txt"), "--model", "exchange", "--format", "json", "--no-save");
        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal(6, doc.RootElement.GetProperty("issues").GetArrayLength());
        Assert.Equal(11, doc.RootElement.GetProperty("issues")[0].GetProperty("rounds").GetArrayLength()); // round 0 + 10 rounds
    }
}
