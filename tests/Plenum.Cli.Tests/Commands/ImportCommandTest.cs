using Plenum.Core.Scenarios;

namespace Plenum.Cli.Tests.Commands;

public class ImportCommandTest
{
    [Fact]
    public async Task Import_Table_WritesScenarioThatValidates()
    {
        var outFile = Path.Combine(Path.GetTempPath(), $"plenum-import-{Guid.NewGuid():N}.yaml");
        try
        {
            var run = await CliRun.Of("import", CliRun.Fixture("table.csv"), "-o", outFile);

            Assert.Equal(0, run.ExitCode);
            var loaded = ScenarioLoader.LoadFile(outFile);
            Assert.Empty(loaded.Problems);
            var s = loaded.Scenario!;
            Assert.Equal(["germany", "france-republic-of", "poland"], s.Actors.Select(a => a.Id));
            Assert.Equal("France, Republic of", s.Actors[1].Name);
            Assert.Equal(27, s.Actors[2].Capability.Value);
            Assert.Equal(40, s.Actors[2].Salience["issue"].Value);
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [Fact]
    public async Task Import_ExistingOutput_IsNotOverwrittenWithoutForce()
    {
        var outFile = Path.Combine(Path.GetTempPath(), $"plenum-import-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(outFile, "precious");
        try
        {
            var run = await CliRun.Of("import", CliRun.Fixture("table.csv"), "-o", outFile);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal("precious", File.ReadAllText(outFile));
        }
        finally
        {
            File.Delete(outFile);
        }
    }
}
