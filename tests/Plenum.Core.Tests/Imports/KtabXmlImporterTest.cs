using Plenum.Core.Imports;
using Plenum.Core.Tests.Models.Smp;

namespace Plenum.Core.Tests.Imports;

public class KtabXmlImporterTest
{
    [Fact]
    public void Read_SmpExample_GivesFiveActorsAndTheirParameters()
    {
        var xml = SmpModelTest.SmpExampleXml();
        var result = KtabXmlImporter.Read("smpExample.xml", xml);
        Assert.Empty(result.Problems);
        var s = result.Scenario!;
        Assert.Equal(["firstdim", "seconddim", "yadn"], s.Issues.Select(i => i.Id));
        Assert.Equal(["alice", "bob", "carol", "david", "ellie"], s.Actors.Select(a => a.Id));
        Assert.Equal(117.7, s.Actors[0].Capability.Value);
        Assert.Equal(52.8, s.Actors[0].Position["firstdim"].Value);
        Assert.Equal(26.5, s.Actors[1].Salience["yadn"].Value);

        var options = KtabXmlImporter.ReadOptions(xml);
        Assert.Equal("markov-incentive", options["smp.pceModel"]);
        Assert.Equal("propcbc", options["smp.votingRule"]);
        Assert.Equal("stochastic", options["smp.transitions"]);
        Assert.Equal("alice>alice=0.87;bob>bob=0.75;bob>alice=0.07;carol>carol=0.65;carol>david=0.13;david>david=0.57", options["smp.idealAdjustment"]);
    }

    [Fact]
    public void Read_ShippedSmpExample_ReportsTheEmptyCoordinate()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "smp", "smpExample.xml"));
        var result = KtabXmlImporter.Read("smpExample.xml", text);
        Assert.Null(result.Scenario);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("ktab-number", 32, 10), (problem.Code, problem.Where.Line, problem.Where.Column));
    }

    [Theory]
    [InlineData("<dCoord>61.1</dCoord>", "<dCoord>161.1</dCoord>", "ktab-range")]
    [InlineData("<capability>93.2</capability>", "<capability>lots</capability>", "ktab-number")]
    [InlineData("<PCEModel>MarkovIncentive</PCEModel>", "<PCEModel>Markov</PCEModel>", "ktab-xml")]
    [InlineData("<dSal>28.6</dSal>", "<dSal>78.6</dSal>", "ktab-range")]
    [InlineData("<referencePos>David</referencePos>", "<referencePos>Zoe</referencePos>", "ktab-xml")]
    [InlineData("</Scenario>", "", "ktab-xml")]
    public void Read_InputError_IsReported(string from, string to, string code)
    {
        var text = SmpModelTest.SmpExampleXml().Replace(from, to);
        var result = KtabXmlImporter.Read("x.xml", text);
        Assert.Null(result.Scenario);
        Assert.Contains(result.Problems, p => p.Code == code && p.Where.Line > 0);
    }

    [Fact]
    public void Read_SchemaSpellings_AreAccepted()
    {
        var text = SmpModelTest.SmpExampleXml().Replace("<VotingRule>PropCbc</VotingRule>", "<VotingRule>Proportional</VotingRule>")
            .Replace("<BigRAdjust>OneThird</BigRAdjust>", "<BigRAdjust>No</BigRAdjust>");
        Assert.Empty(KtabXmlImporter.Read("x.xml", text).Problems);
        var options = KtabXmlImporter.ReadOptions(text);
        Assert.Equal(("prop", "none"), (options["smp.votingRule"], options["smp.riskAdjust"]));
    }

    [Fact]
    public void Read_EntityExpansionBomb_RefusesTheDtdAtItsLine()
    {
        var entities = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE Scenario [\n<!ENTITY lol0 \"lol\">\n{entities}]>\n<Scenario><name>&lol9;</name></Scenario>\n";

        var result = KtabXmlImporter.Read("bomb.xml", xml);

        Assert.Null(result.Scenario);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("ktab-xml", 2, 1), (problem.Code, problem.Where.Line, problem.Where.Column));
        Assert.Contains("DTD", problem.Message);
    }

    [Fact]
    public void Read_ExternalEntity_RefusesTheDtdAndReadsNoFile()
    {
        const string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Scenario [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n<Scenario><name>&secret;</name></Scenario>\n";

        var result = KtabXmlImporter.Read("xxe.xml", xml);

        Assert.Null(result.Scenario);
        Assert.Equal("ktab-xml", Assert.Single(result.Problems).Code);
    }
}
