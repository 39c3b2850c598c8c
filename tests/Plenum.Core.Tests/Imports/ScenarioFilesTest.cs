using Plenum.Core.Imports;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Imports;

public class ScenarioFilesTest
{
    [Theory]
    [InlineData("\"\"#")] // found by fuzzing (fuzz/run.sh table): quotes before a lone '#' read past the end
    [InlineData("'#")]
    [InlineData("#")]
    [InlineData("\"")]
    [InlineData("")]
    public void Detect_QuotesAndHashWithoutAName_IsAScenarioNotACrash(string text)
    {
        Assert.Equal(InputFormat.Scenario, ScenarioFiles.Detect("input.csv", text));
    }

    [Theory]
    [InlineData("#A\tactor\n")]
    [InlineData("\"#A\",\"actor\"\n")]
    public void Detect_DecideRows_AreDecide(string text)
    {
        Assert.Equal(InputFormat.Decide, ScenarioFiles.Detect("input.txt", text));
    }

    [Fact]
    public void Open_QuotesThenHash_GivesAProblemWithItsPlace()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plenum-detect-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "\"\"#");
        try
        {
            var result = ScenarioFiles.Open(path);

            Assert.Null(result.Scenario);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(path, problem.Where.File);
            Assert.True(problem.Where.Line >= 1 && problem.Where.Column >= 1);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
