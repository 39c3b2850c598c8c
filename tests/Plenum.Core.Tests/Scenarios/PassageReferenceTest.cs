using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Scenarios;

public sealed class PassageReferenceTest
{
    [Fact]
    public void TryParse_DocumentAndOffsets_RoundTrips()
    {
        var reference = PassageReference.TryParse(" doc-ec04a8e255b30b8f:5191-5228 ");

        Assert.Equal(new PassageReference("doc-ec04a8e255b30b8f", 5191, 5228), reference);
        Assert.Equal("doc-ec04a8e255b30b8f:5191-5228", reference!.ToString());
    }

    [Theory]
    [InlineData("doc-ec04a8e255b30b8f")]
    [InlineData("doc-ec04a8e255b30b8f:10-10")]
    [InlineData("doc-ec04a8e255b30b8f:20-10")]
    [InlineData("doc-EC04A8E255B30B8F:1-2")]
    [InlineData("doc-ec04a8e255b30b:1-2")]
    [InlineData("doc-ec04a8e255b30b8f:-1-2")]
    [InlineData("doc-ec04a8e255b30b8f:1-99999999999")]
    [InlineData("page 12")]
    public void TryParse_NotAReference_Null(string text)
    {
        Assert.Null(PassageReference.TryParse(text));
    }

    [Fact]
    public void Load_MalformedPassage_ReportedWhereItIsWritten()
    {
        const string yaml = """
            id: t
            title: T
            sources:
              - id: s
            issues:
              - id: line
            actors:
              - id: a
                capability: 10
                position: { line: 40 }
                evidence:
                  - source: s
                    passage: doc-ec04a8e255b30b8f:5191-5228
                    supports: position.line
                  - source: s
                    passage: "page 12"
                    supports: position.line
            """;

        var result = ScenarioLoader.Load("t.yaml", yaml);

        var valid = ScenarioLoader.Load("v.yaml", yaml.Replace("\"page 12\"", "doc-ec04a8e255b30b8f:0-10", StringComparison.Ordinal));

        Assert.Equal([new PassageReference("doc-ec04a8e255b30b8f", 5191, 5228), new PassageReference("doc-ec04a8e255b30b8f", 0, 10)],
            valid.Scenario!.Actors[0].Evidence.Select(e => e.Passage));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("t.yaml:16:18: the passage 'page 12' cited by actor 'a' is not a passage reference; expected doc-<16 hex digits>:FROM-TO, as 'plenum evidence search' prints",
            problem.ToString());
    }
}
