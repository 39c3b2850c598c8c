using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Scenarios;

public partial class ScenarioLoaderTest
{
    public static TheoryData<string> MalformedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestPaths.Fixture("scenarios", "bad"), "*.yaml").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void MalformedFixtures_AreAtLeastTwenty() => Assert.True(MalformedFiles().Count >= 20);

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void LoadFile_Malformed_ReportsExactlyTheExpectedProblem(string name)
    {
        // Given a file whose first line states the one problem it contains
        var path = TestPaths.Fixture("scenarios", "bad", name);
        var expected = File.ReadLines(path).First()["# expect: ".Length..];

        // When it is loaded
        var result = ScenarioLoader.LoadFile(path);

        // Then exactly that problem is reported, at that line and column, and no scenario is returned
        Assert.Null(result.Scenario);
        var problem = Assert.Single(result.Problems);
        Assert.Equal($"{path}:{expected}", problem.ToString());
    }

    [Fact]
    public void Load_EmptyText_IsOneProblemAtLineOne()
    {
        var result = ScenarioLoader.Load("x.yaml", "   \n");
        Assert.Equal("x.yaml:1:1: the file is empty; expected a scenario (id, title, issues, actors…)", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void LoadFile_OverFiftyMegabytes_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plenum-big-{Guid.NewGuid():N}.yaml");
        try
        {
            using (var f = File.Create(path)) f.SetLength(ScenarioLimits.MaxFileBytes + 1);
            var problem = Assert.Single(ScenarioLoader.LoadFile(path).Problems);
            Assert.Equal("too-large", problem.Code);
            Assert.Contains("the limit is 50 MB", problem.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MoreActorsThanTheLimit_IsRefused()
    {
        // Given 100,001 minimal actors in flow style
        var sb = new System.Text.StringBuilder("id: t\ntitle: T\nissues: [ { id: x } ]\nactors: [\n");
        for (var i = 0; i <= ScenarioLimits.MaxActors; i++) sb.Append("{id: a").Append(i).Append(", capability: 1},\n");
        sb.Append("]\n");

        var problem = Assert.Single(ScenarioLoader.Load("big.yaml", sb.ToString()).Problems);

        Assert.Equal("big.yaml:4:9: 100001 actors; the limit is 100,000", problem.ToString());
    }

    [Fact]
    public void LoadFile_NotUtf8_IsOneProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plenum-latin1-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, [(byte)'i', (byte)'d', (byte)':', (byte)' ', 0xE9, 0xFF, (byte)'\n']);
            Assert.Equal("encoding", Assert.Single(ScenarioLoader.LoadFile(path).Problems).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
