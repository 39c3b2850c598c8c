namespace Plenum.Cli.Tests.Commands;

public class ValidateCommandTest
{
    [Fact]
    public async Task Validate_GoodScenario_ExitsZeroWithSummary()
    {
        var run = await CliRun.Of("validate", CliRun.Fixture("two-actors.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("two-actors.yaml: ok (2 actors, 1 issues, 1 bodies, 1 motions)\n", run.Stdout.Replace("\r", ""));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Validate_BadTable_ExitsTwoWithOneLinePerProblem()
    {
        var path = CliRun.Fixture("bad-table.csv");

        var run = await CliRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"{path}:3:8: capability 'abc' is not a number\n" +
            $"{path}:4:15: salience is 140; salience runs from 0 to 100\n" +
            $"{path}:5:11: the row has 3 fields; expected 4 (actor, capability, position, salience)\n",
            run.Stderr.Replace("\r", ""));
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo()
    {
        var run = await CliRun.Of("validate", "no-such-file.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("no-such-file.yaml:1:1: file not found\n", run.Stderr.Replace("\r", ""));
    }

    [Fact]
    public async Task UnknownOption_ExitsTwoWithoutStackTrace()
    {
        var run = await CliRun.Of("validate", CliRun.Fixture("two-actors.yaml"), "--frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown option 'frobnicate'", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
