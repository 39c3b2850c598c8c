using Plenum.Core.Imports;
using Plenum.Core.Tests.Models.Exchange;

namespace Plenum.Core.Tests.Imports;

public class DecideImporterTest
{
    [Fact]
    public void Read_SampleData_MapsActorsIssuesScalesAndSalience()
    {
        var scenario = ExchangeFixtures.SampleData();

        Assert.Equal("sample-data", scenario.Id);
        Assert.Equal(10, scenario.Actors.Count);
        Assert.Equal(6, scenario.Issues.Count);
        var toll = scenario.FindIssue("tol-hoogte")!;
        Assert.Equal(0.5, toll.Low);
        Assert.Equal(7, toll.High);
        var willems = scenario.FindActor("willems")!;
        Assert.Equal(1.0, willems.Capability.Value);
        Assert.Equal(95.0, willems.SalienceOn("tolheffing-binnenstad"), 12);
        Assert.Equal(3.0, willems.Position["tol-hoogte"].Value);
        Assert.Equal(0.9, scenario.FindActor("wcentr")!.Capability.Value);
    }

    [Fact]
    public void Read_CopenhagenWithErrors_RejectsWithEachErrorAtItsLineAndColumn()
    {
        var path = ExchangeFixtures.PathOf("copenhagen_with_errors.csv");

        var result = DecideImporter.Read("copenhagen_with_errors.csv", File.ReadAllText(path));

        Assert.Null(result.Scenario);
        Assert.Collection(result.Problems,
            p =>
            {
                Assert.Equal(("position-out-of-range", 86, 19), (p.Code, p.Where.Line, p.Where.Column));
                Assert.Equal("copenhagen_with_errors.csv:86:19: position of 'Russia' on 'Control' is 160; the scale of 'Control' runs from 0 to 100", p.ToString());
            },
            p =>
            {
                Assert.Equal(("negative-power", 87, 32), (p.Code, p.Where.Line, p.Where.Column));
                Assert.Equal("copenhagen_with_errors.csv:87:32: power of 'China India' on 'Control' is -0.247; power cannot be negative", p.ToString());
            });
    }

    [Fact]
    public void Read_UnknownActorIssueAndTag_EachReportedWithItsPlace()
    {
        const string text = "#A\tA\n#A\tB\n#P\tp\n#P\tq\n#X\tstray\n#D\tA\tp\t10\t0.5\t1\n#D\tC\tp\t10\t0.5\t1\n#D\tB\tr\t10\t0.5\t1\n#M\tz\t5\n";

        var result = DecideImporter.Read("bad.txt", text);

        Assert.Null(result.Scenario);
        Assert.Equal(
            [("unknown-tag", 5, 1), ("unknown-actor", 7, 4), ("unknown-issue", 8, 6), ("unknown-issue", 9, 4)],
            result.Problems.Select(p => (p.Code, p.Where.Line, p.Where.Column)).ToArray());
    }

    [Fact]
    public void Read_CommaSeparatedUnquoted_SameScenarioAsTabQuoted()
    {
        const string tab = "'#A'\t'USA'\t'USA'\t''\n'#A'\t'China'\t'China'\t''\n'#P'\t'finvol'\t'finance volume'\t''\n'#M'\t'finvol'\t0\n'#M'\t'finvol'\t100\n'#P'\t'finwho'\t'who pays'\t''\n" +
                           "'#D'\t'USA'\t'finvol'\t0.0\t0.7\t1.0\n'#D'\t'USA'\t'finwho'\t80.0\t0.5\t1.0\n'#D'\t'China'\t'finvol'\t100.0\t0.5\t1.0\n'#D'\t'China'\t'finwho'\t0.0\t0.8\t1.0\n";
        const string comma = "#A,USA,USA\n#A,China,China\n#P,finvol,finance volume\n#M,finvol,0\n#M,finvol,100\n#P,finwho,who pays\n" +
                             "#D,USA,finvol,0.0,0.7,1.0\n#D,USA,finwho,80.0,0.5,1.0\n#D,China,finvol,100.0,0.5,1.0\n#D,China,finwho,0.0,0.8,1.0\n";

        var a = DecideImporter.Read("x.txt", tab).Scenario!;
        var b = DecideImporter.Read("x.txt", comma).Scenario!;

        Assert.Equal(a.Issues.Select(i => (i.Id, i.Name, i.Low, i.High)), b.Issues.Select(i => (i.Id, i.Name, i.Low, i.High)));
        Assert.Equal(
            a.Actors.SelectMany(x => x.Position.Select(p => (x.Id, p.Key, p.Value.Value, x.SalienceOn(p.Key), x.Capability.Value))),
            b.Actors.SelectMany(x => x.Position.Select(p => (x.Id, p.Key, p.Value.Value, x.SalienceOn(p.Key), x.Capability.Value))));
        Assert.Equal(70.0, a.FindActor("usa")!.SalienceOn("finvol"), 12);
    }

    [Fact]
    public void Read_PowerDiffersAcrossIssues_ReportedBecausePlenumHasOneCapability()
    {
        const string text = "#A,A\n#P,p\n#P,q\n#D,A,p,10,0.5,1\n#D,A,q,10,0.5,2\n";

        var result = DecideImporter.Read("x.csv", text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("power-varies", 5, 15), (problem.Code, problem.Where.Line, problem.Where.Column));
    }

    [Theory]
    [InlineData("EU (incl Norway)", "eu-incl-norway-")]
    [InlineData("China India", "china-india")]
    [InlineData("tolheffing-binnenstad", "tolheffing-binnenstad")]
    [InlineData("VVDs", "vvds")]
    public void ToId_LowerCaseWithRunsOfOtherCharactersAsDash(string key, string id) =>
        Assert.Equal(id, DecideImporter.ToId(key));
}
