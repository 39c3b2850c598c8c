using Plenum.Core.Imports;

namespace Plenum.Core.Tests.Imports;

public class KtabCsvImporterTest
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "smp", name));

    private const string Small = """
        Tiny,"A test, with a comma",3,2,
        Actor,Description,Power,Left Right,Sal1,Up-Down,Sal2,
        Alpha One,first,100,10,50,20,30,
        Beta,second,50.5,60,40,80,10,
        Gamma,third,25,90,20,40,70,
        """;

    [Fact]
    public void Read_DummyData3Dim_GivesSevenActorsOnThreeIssues()
    {
        var result = KtabCsvImporter.Read("dummyData_3Dim.csv", Fixture("dummyData_3Dim.csv"));
        Assert.Empty(result.Problems);
        var s = result.Scenario!;
        Assert.Equal("dummydata-3dim", s.Id);
        Assert.Equal(["pstn1", "pstn2", "pstn3"], s.Issues.Select(i => i.Id));
        Assert.All(s.Issues, i => Assert.Equal((0.0, 100.0), (i.Low, i.High)));
        Assert.Equal(7, s.Actors.Count);
        var a = s.Actors[0];
        Assert.Equal("sactor-00", a.Id);
        Assert.Equal("SActor-00", a.Name);
        Assert.Equal(102.543, a.Capability.Value);
        Assert.Equal(75.79, a.Position["pstn1"].Value);
        Assert.Equal(28.15, a.Salience["pstn3"].Value);
        Assert.Equal(3, a.Where.Line);
    }

    [Theory]
    [InlineData("dummyData_6Dim.csv", 27, 6)]
    [InlineData("SOE-Policy.csv", 26, 1)]
    [InlineData("SOE-Competitive.csv", 34, 1)]
    public void Read_KtabExamples_Import(string file, int actors, int issues)
    {
        var result = KtabCsvImporter.Read(file, Fixture(file));
        Assert.Empty(result.Problems);
        Assert.Equal(actors, result.Scenario!.Actors.Count);
        Assert.Equal(issues, result.Scenario.Issues.Count);
    }

    [Fact]
    public void Read_QuotedCommaAndIds_AreHandled()
    {
        var s = KtabCsvImporter.Read("t.csv", Small).Scenario!;
        Assert.Equal("Tiny", s.Title);
        Assert.Equal(["left-right", "up-down"], s.Issues.Select(i => i.Id));
        Assert.Equal(["alpha-one", "beta", "gamma"], s.Actors.Select(a => a.Id));
        Assert.Equal("first", s.Actors[0].Notes);
    }

    [Theory]
    [InlineData(",\n", "\n")]
    [InlineData(",\n", ", \n")]
    [InlineData(",\n", "\r\n")]
    public void Read_TrailingCommaVariants_GiveTheSameScenario(string from, string to)
    {
        var baseline = KtabCsvImporter.Read("t.csv", Small).Scenario!;
        var variant = KtabCsvImporter.Read("t.csv", Small.Replace(from, to));
        Assert.Empty(variant.Problems);
        Assert.Equal(baseline.Actors.Select(a => (a.Id, a.Capability.Value, a.Position["up-down"].Value)),
            variant.Scenario!.Actors.Select(a => (a.Id, a.Capability.Value, a.Position["up-down"].Value)));
    }

    [Theory]
    // Too few cells in an actor row: reported at the end of the row.
    [InlineData("Beta,second,50.5,60,40,80,10,", "Beta,second,50.5,60,40,", "ktab-columns", 4, 24)]
    // A non-blank cell after the last salience (more than the trailing comma): reported at that cell.
    [InlineData("Beta,second,50.5,60,40,80,10,", "Beta,second,50.5,60,40,80,10,7", "ktab-columns", 4, 30)]
    // Header with a missing dimension pair.
    [InlineData("Actor,Description,Power,Left Right,Sal1,Up-Down,Sal2,", "Actor,Description,Power,Left Right,Sal1,", "ktab-columns", 2, 41)]
    // First row without the number of dimensions.
    [InlineData("Tiny,\"A test, with a comma\",3,2,", "Tiny,\"A test, with a comma\",3", "ktab-columns", 1, 30)]
    // Bad numbers.
    [InlineData("Beta,second,50.5,", "Beta,second,5O.5,", "ktab-number", 4, 13)]
    [InlineData("Gamma,third,25,90,20,", "Gamma,third,25,9x,20,", "ktab-number", 5, 16)]
    [InlineData("Tiny,\"A test, with a comma\",3,2,", "Tiny,\"A test, with a comma\",three,2,", "ktab-number", 1, 29)]
    // Out of range.
    [InlineData("Gamma,third,25,90,", "Gamma,third,25,190,", "ktab-range", 5, 16)]
    [InlineData("Gamma,third,25,90,20,40,70,", "Gamma,third,25,90,40,40,70,", "ktab-range", 5, 19)]
    [InlineData("Beta,second,50.5,", "Beta,second,0,", "ktab-range", 4, 13)]
    // Names.
    [InlineData("Gamma,third", "Gamma Gamma Gamma Gamma Gamma,third", "ktab-name", 5, 1)]
    [InlineData("Gamma,third", "BETA,third", "ktab-duplicate", 5, 1)]
    public void Read_InputError_IsReportedWithLineAndColumn(string from, string to, string code, int line, int column)
    {
        var text = Small.Replace(from, to);
        Assert.NotEqual(Small, text);
        var result = KtabCsvImporter.Read("t.csv", text);
        Assert.Null(result.Scenario);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(("t.csv", line, column), (problem.Where.File, problem.Where.Line, problem.Where.Column));
    }

    [Fact]
    public void Read_FewerActorRowsThanDeclared_IsReported()
    {
        var result = KtabCsvImporter.Read("t.csv", Small.Replace(",3,2,", ",4,2,"));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("ktab-rows", problem.Code);
    }

    [Fact]
    public void Read_MoreActorRowsThanDeclared_IsReportedAtTheFirstExtraRow()
    {
        var text = Small.Replace(",3,2,", ",3,2,") + "\nDelta,fourth,10,10,10,10,10,";
        var problem = Assert.Single(KtabCsvImporter.Read("t.csv", text).Problems);
        Assert.Equal(("ktab-rows", 6), (problem.Code, problem.Where.Line));
    }

    [Fact]
    public void Read_TooFewActors_IsOutOfKtabRange()
    {
        var problem = Assert.Single(KtabCsvImporter.Read("t.csv", Small.Replace(",3,2,", ",2,2,")).Problems);
        Assert.Equal(("ktab-range", 1, 29), (problem.Code, problem.Where.Line, problem.Where.Column));
    }
}
