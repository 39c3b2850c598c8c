using Plenum.Core.Evidence.Corroboration;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Evidence.Corroboration;

public class CorroborationAnalysisTest
{
    private static Scenario Load(string text)
    {
        var result = ScenarioLoader.Load("t.yaml", text);
        Assert.True(result.Scenario is not null, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    private const string Sources = """
        sources:
          - { id: leaflet, title: Opposition leaflet, publisher: Left Opposition }
          - id: cc-reprint
            title: Leaflet republished by the Central Committee
            publisher: Central Committee
            relations: [ { republished_from: leaflet } ]
          - { id: diary, title: A diary, author: "N. N." }
          - { id: memoir, title: A memoir, author: "n.n" }
          - { id: embassy, title: Embassy cable, publisher: Foreign Office }
          - id: press
            title: Press summary
            publisher: Daily Herald
            verification: checked with two informants
        issues: [ { id: line } ]
        actors:
          - id: kalinin
            capability: 1
            position: { line: 60 }
            evidence:
              - { source: embassy, quote: "Kalinin sides with Stalin", supports: position.line }
          - { id: stalin, capability: 3, position: { line: 90 } }
        """;

    [Fact]
    public void Analyse_LeafletAndItsRepublication_CountAsOneIndependentWitness()
    {
        var s = Load("id: t\ntitle: T\n" + Sources + "\n" + """
            claims:
              - id: meeting
                statement: Kamenev met Bukharin
                evidence:
                  - { source: leaflet, quote: "the conversation" }
                  - { source: cc-reprint, quote: "the conversation" }
            """);

        var claim = CorroborationAnalysis.Analyse(s).Claims.Single(c => c.Id == "meeting");

        Assert.Equal(["leaflet", "cc-reprint"], claim.SupportingSources);
        Assert.Equal(2, claim.Passages);
        Assert.Equal(1, claim.IndependentSupport);
        Assert.False(claim.Corroborated);
    }

    [Fact]
    public void Analyse_SameAuthorWrittenDifferently_IsOneWitness_AndIndependentSourcesAdd()
    {
        var s = Load("id: t\ntitle: T\n" + Sources + "\n" + """
            claims:
              - id: meeting
                statement: Kamenev met Bukharin
                credibility: 2
                evidence:
                  - { source: diary, quote: "met" }
                  - { source: memoir, quote: "met" }
                  - { source: leaflet, quote: "met" }
                  - { source: embassy, quote: "they did not meet", stance: contradicts }
                  - { source: press, quote: "background", stance: context }
            """);

        var claim = CorroborationAnalysis.Analyse(s).Claims.Single(c => c.Id == "meeting");

        Assert.Equal(3, claim.SupportingSources.Count);
        Assert.Equal(2, claim.IndependentSupport);   // diary + memoir (same author "N. N." = "n.n"), leaflet
        Assert.True(claim.Corroborated);
        Assert.Equal(["embassy"], claim.ContradictingSources);
        Assert.Equal(1, claim.IndependentContradiction);
        Assert.Equal(1, claim.ContextPassages);
        Assert.Equal(2, claim.Credibility);
        Assert.Empty(claim.SelfVerifications);      // press only gives context
    }

    [Fact]
    public void Analyse_SelfVerification_IsRecordedButNeverCounted()
    {
        var s = Load("id: t\ntitle: T\n" + Sources + "\n" + """
            claims:
              - id: meeting
                statement: Kamenev met Bukharin
                evidence: [ { source: press, quote: "met" } ]
            """);

        var claim = CorroborationAnalysis.Analyse(s).Claims.Single(c => c.Id == "meeting");

        Assert.Equal(1, claim.IndependentSupport);
        Assert.Equal([new SelfVerification("press", "checked with two informants")], claim.SelfVerifications);
    }

    [Fact]
    public void Analyse_NumberClaim_GathersTheActorsEvidenceForThatNumber()
    {
        var s = Load("id: t\ntitle: T\n" + Sources + "\n" + """
            claims:
              - id: kalinin-supports-stalin
                statement: Kalinin supports Stalin
                number: kalinin.position.line
                evidence: [ { source: diary, quote: "Kalinin: I support him" } ]
            """);

        var result = CorroborationAnalysis.Analyse(s);
        var claim = result.Claims.Single(c => c.Id == "kalinin-supports-stalin");

        Assert.Equal(["diary", "embassy"], claim.SupportingSources);
        Assert.Equal(2, claim.IndependentSupport);
        Assert.DoesNotContain(result.Claims, c => c.Id == "kalinin.position.line");
    }

    [Fact]
    public void Analyse_EvidenceWithoutAClaim_BecomesAnImplicitClaimNamedByItsPath()
    {
        var s = Load("id: t\ntitle: T\n" + Sources);

        var claim = Assert.Single(CorroborationAnalysis.Analyse(s).Claims);

        Assert.Equal("kalinin.position.line", claim.Id);
        Assert.Equal("kalinin.position.line", claim.Number);
        Assert.Equal(1, claim.IndependentSupport);
    }

    [Fact]
    public void Clusters_ChainThroughACommonPrimarySource_JoinsBothReprints()
    {
        var s = Load("""
            id: t
            title: T
            sources:
              - { id: original, title: O }
              - { id: a, title: A, relations: [ { quoted_from: original } ] }
              - { id: b, title: B, relations: [ { primary_source: original } ] }
              - { id: c, title: C, relations: [ { translation_of: b } ] }
              - { id: d, title: D }
            issues: [ { id: line } ]
            actors: [ { id: x, capability: 1, position: { line: 1 } } ]
            """);

        var clusters = ProvenanceClusters.Of(s.Sources).Clusters;

        Assert.Equal(2, clusters.Count);
        Assert.Equal(["original", "a", "b", "c"], clusters[0].Sources);
        Assert.Equal(["d"], clusters[1].Sources);
        Assert.Contains(clusters[0].Links, l => l is { From: "c", To: "b", Why: "translation of" });
    }

    [Fact]
    public void Analyse_Politburo1929_EveryClaimRestsOnOneWitness_AndTheReportsSelfCheckIsRecorded()
    {
        var s = ScenarioLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "scenarios", "politburo-1929.yaml")).Scenario!;

        var result = CorroborationAnalysis.Analyse(s);
        var conversation = result.Claims.Single(c => c.Id == "conversation-took-place");

        Assert.Equal(4, conversation.SupportingSources.Count);
        Assert.Equal(1, conversation.IndependentSupport);
        Assert.All(result.Claims, c => Assert.True(c.IndependentSupport <= 1, c.Id));
        Assert.Contains(conversation.SelfVerifications, v => v.SourceId == "militant-1929" && v.Text.Contains("two or three different ways"));
        Assert.Single(result.Claims.Single(c => c.Id == "stalin-refuses-bloc").ContradictingSources);
    }
}
