using Plenum.Core.Scenarios;
using Plenum.Web.Services;
using Plenum.Web.Services.NumberForm;

namespace Plenum.Web.Tests.NumberForm;

/// <summary>The numbers form ↔ scenario mapping: what the form shows, and how a save writes the YAML back.</summary>
public sealed class ScenarioNumberFormTest
{
    private static readonly string Starter = ScenarioTemplates.Read("starter-committee")!;

    private const string BlockStyle = """
        # a hand-written scenario; this comment must survive
        id: block
        title: Block style
        sources:
          - id: memo
            title: The memo
        issues:
          - id: tax
            scale: [0, 10]
          - id: rent
        actors:
          - id: ann
            capability:
              value: 5
              unknown: [4, 6]    # nobody knows better
            position:
              tax: 2
              rent: 40
            salience:
              tax: 80
            notes: keeps her cards close
          - id: bob
            capability: 3
            position: { tax: 8 }
            evidence:
              - source: memo
                quote: "Bob wants more"
                supports: position.tax
        """;

    private static ScenarioNumberForm Read(string yaml) => ScenarioNumberForm.Read("s.yaml", yaml, out _)!;

    private static List<NumberInput> Inputs(ScenarioNumberForm form) =>
        form.Rows.Select(r => new NumberInput { Key = r.Key, Value = r.Input.Value, Kind = r.Input.Kind, Parameters = r.Input.Parameters, Note = r.Input.Note }).ToList();

    private static List<CitationInput> Citations(ScenarioNumberForm form) =>
        form.Citations.Select(c => new CitationInput { Actor = c.Actor, Supports = c.Supports, Source = c.Source, Quote = c.Quote, Passage = c.Passage, Stance = c.Stance, Note = c.Note }).ToList();

    [Fact]
    public void Read_Starter_ShowsValueUncertaintyNoteAndEveryActorIssuePair()
    {
        var form = Read(Starter);

        Assert.Equal(5 * 3, form.Rows.Count);
        var chair = form.Rows.Single(r => r.Key == "chair.capability").Input;
        Assert.Equal(("30", "range", "25, 35", "analyst's estimate: controls the agenda"), (chair.Value, chair.Kind, chair.Parameters, chair.Note));
        var treasurer = form.Rows.Single(r => r.Key == "treasurer.position.budget");
        Assert.Equal(("20", "range", "10, 30"), (treasurer.Input.Value, treasurer.Input.Kind, treasurer.Input.Parameters));
        Assert.Equal((0.0, 100.0), (treasurer.Min!.Value, treasurer.Max!.Value));
        Assert.Equal(("80", "none", ""), (form.Rows.Single(r => r.Key == "chair.salience.budget").Input.Value, form.Rows.Single(r => r.Key == "chair.salience.budget").Input.Kind, form.Rows.Single(r => r.Key == "chair.salience.budget").Input.Parameters));
    }

    [Fact]
    public void Read_UnknownBetween_IsShownAsUnknown_AndMissingNumbersAsAbsent()
    {
        var form = Read(BlockStyle);

        Assert.Equal(("unknown", "4, 6"), (form.Rows.Single(r => r.Key == "ann.capability").Input.Kind, form.Rows.Single(r => r.Key == "ann.capability").Input.Parameters));
        Assert.False(form.Rows.Single(r => r.Key == "ann.salience.rent").Present);
        Assert.False(form.Rows.Single(r => r.Key == "bob.position.rent").Present);
        var cite = Assert.Single(form.Citations);
        Assert.Equal(("bob", "position.tax", "memo", "Bob wants more", "supports"), (cite.Actor, cite.Supports, cite.Source, cite.Quote, cite.Stance));
    }

    [Fact]
    public void Save_NothingChanged_TextIsIdentical()
    {
        foreach (var yaml in new[] { Starter, BlockStyle })
        {
            var form = Read(yaml);
            var save = ScenarioNumberForm.Save("s.yaml", yaml, Inputs(form), Citations(form));
            Assert.True(save.IsValid);
            Assert.Equal(yaml, save.Yaml);
        }
    }

    [Fact]
    public void Save_NewUncertainty_ChangesOnlyThatNumber_KeepsComments()
    {
        var form = Read(Starter);
        var inputs = Inputs(form);
        var t = inputs.Single(i => i.Key == "treasurer.position.budget");
        (t.Kind, t.Parameters, t.Note) = ("normal", "20, 4", "two readings of the minutes");

        var save = ScenarioNumberForm.Save("s.yaml", Starter, inputs, Citations(form));

        Assert.True(save.IsValid, string.Join("\n", save.Problems.Select(p => p.Problem.Message)));
        var treasurer = save.Scenario!.Actors.Single(a => a.Id == "treasurer").Position["budget"];
        Assert.Equal(new UncertainValue(20, new NormalDistribution(20, 4), "two readings of the minutes"), treasurer);
        var before = Starter.Split('\n');
        var after = save.Yaml!.Split('\n');
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Equal("    position: { budget: { value: 20, normal: [20, 4], note: \"two readings of the minutes\" } }", after[Assert.Single(changed)]);
        Assert.StartsWith("# A starting point", save.Yaml);
    }

    [Fact]
    public void Save_BlockStyle_UnknownKeptAndMissingNumbersInserted()
    {
        var form = Read(BlockStyle);
        var inputs = Inputs(form);
        inputs.Single(i => i.Key == "ann.capability").Value = "4.5";
        inputs.Single(i => i.Key == "ann.salience.rent").Value = "35";        // into a block mapping
        inputs.Single(i => i.Key == "bob.salience.tax").Value = "60";         // no salience key at all yet
        inputs.Single(i => i.Key == "bob.position.rent").Value = "70";        // into a flow mapping

        var save = ScenarioNumberForm.Save("s.yaml", BlockStyle, inputs, Citations(form));

        Assert.True(save.IsValid, string.Join("\n", save.Problems.Select(p => p.Problem.Message)));
        Assert.Contains("# a hand-written scenario; this comment must survive", save.Yaml);
        Assert.Contains("notes: keeps her cards close", save.Yaml);
        Assert.Contains("{ value: 4.5, unknown: [4, 6] }", save.Yaml);
        var ann = save.Scenario!.Actors.Single(a => a.Id == "ann");
        var bob = save.Scenario.Actors.Single(a => a.Id == "bob");
        Assert.Equal(new UncertainValue(4.5, new UniformDistribution(4, 6)), ann.Capability);
        Assert.Equal(35, ann.Salience["rent"].Value);
        Assert.Equal(80, ann.Salience["tax"].Value);
        Assert.Equal(60, bob.Salience["tax"].Value);
        Assert.Equal(70, bob.Position["rent"].Value);
        Assert.Single(bob.Evidence);
    }

    [Fact]
    public void Save_CitationsAddedEditedAndRemoved_AreWrittenAsTheActorsEvidence()
    {
        var form = Read(BlockStyle);
        var citations = Citations(form);
        citations[0].Stance = "contradicts";
        citations.Add(new CitationInput { Actor = "ann", Supports = "capability", Source = "memo", Quote = "Ann: \"no comment\"", Passage = "doc-0123456789abcdef:10-30", IsNew = true });
        citations.Add(new CitationInput { Actor = "ann", Supports = "salience.tax", IsNew = true });   // left empty: ignored

        var save = ScenarioNumberForm.Save("s.yaml", BlockStyle, Inputs(form), citations);

        Assert.True(save.IsValid, string.Join("\n", save.Problems.Select(p => p.Problem.Message)));
        var ann = Assert.Single(save.Scenario!.Actors.Single(a => a.Id == "ann").Evidence);
        Assert.Equal(("memo", "Ann: \"no comment\"", "capability", "doc-0123456789abcdef:10-30"), (ann.SourceId, ann.Quote, ann.Supports, ann.Passage!.ToString()));
        Assert.Equal(EvidenceStance.Contradicts, save.Scenario.Actors.Single(a => a.Id == "bob").Evidence[0].Stance);

        citations = Citations(Read(save.Yaml!));
        citations.ForEach(c => c.Remove = c.Actor == "bob");
        var removed = ScenarioNumberForm.Save("s.yaml", save.Yaml!, Inputs(Read(save.Yaml!)), citations);
        Assert.True(removed.IsValid);
        Assert.Empty(removed.Scenario!.Actors.Single(a => a.Id == "bob").Evidence);
        Assert.DoesNotContain("Bob wants more", removed.Yaml);
    }

    [Fact]
    public void Save_SalienceOutOfRange_ProblemIsTheClisAtTheField()
    {
        var form = Read(Starter);
        var inputs = Inputs(form);
        inputs.Single(i => i.Key == "chair.salience.budget").Value = "190";

        var save = ScenarioNumberForm.Save("s.yaml", Starter, inputs, Citations(form));

        Assert.False(save.IsValid);
        var problem = Assert.Single(save.Problems);
        Assert.Equal("chair.salience.budget", problem.Field);
        var cli = Assert.Single(ScenarioLoader.Load("s.yaml", Starter.Replace("salience: { budget: 80 }", "salience: { budget: 190 }")).Problems);
        Assert.Equal((cli.Code, cli.Message), (problem.Problem.Code, problem.Problem.Message));
        Assert.Null(save.Yaml);
    }

    [Fact]
    public void Save_TextWhereANumberBelongs_IsQuotedAndReportedAtTheField_NeverChangesTheStructure()
    {
        var form = Read(Starter);
        var inputs = Inputs(form);
        inputs.Single(i => i.Key == "member-a.capability").Value = "1 }\nevil: [";
        inputs.Single(i => i.Key == "member-b.position.budget").Parameters = "30";
        inputs.Single(i => i.Key == "member-b.position.budget").Kind = "range";

        var save = ScenarioNumberForm.Save("s.yaml", Starter, inputs, Citations(form));

        Assert.Equal(["member-a.capability", "member-b.position.budget"], save.Problems.Select(p => p.Field).Order());
        Assert.Contains(save.Problems, p => p.Problem.Code == "bad-distribution" && p.Problem.Message.Contains("expected [low, high]"));
        Assert.DoesNotContain(save.Problems, p => p.Problem.Code == "unknown-key");
    }

    [Fact]
    public void Save_EveryExampleScenario_EveryNumberAndCitationRewritten_LoadsToTheSameModel()
    {
        foreach (var name in ScenarioTemplates.Names)
        {
            var yaml = ScenarioTemplates.Read(name)!;
            var form = ScenarioNumberForm.Read(name + ".yaml", yaml, out var problems);
            if (form is null) continue;   // an example that needs its source files to validate is checked by the CLI tests
            // Rewrite every number (a new note forces it) and every actor's evidence (a note on its first citation).
            var inputs = Inputs(form);
            foreach (var i in inputs.Where(i => form.Rows.Single(r => r.Key == i.Key).Present)) i.Note = "checked " + i.Key;
            var citations = Citations(form);
            foreach (var first in citations.GroupBy(c => c.Actor).Select(g => g.First())) first.Note = "re-read";

            var save = ScenarioNumberForm.Save(name + ".yaml", yaml, inputs, citations);

            Assert.True(save.IsValid, name + ": " + string.Join("\n", save.Problems.Select(p => $"{p.Field}: {p.Problem}")));
            var original = form.Scenario;
            var again = save.Scenario!;
            Assert.Equal(original.Actors.Count, again.Actors.Count);
            foreach (var (a, b) in original.Actors.Zip(again.Actors))
            {
                Assert.Equal(a.Capability with { Note = "checked " + a.Id + ".capability" }, b.Capability);
                Assert.Equal(a.Position.Select(kv => (kv.Key, kv.Value with { Note = $"checked {a.Id}.position.{kv.Key}" })), b.Position.Select(kv => (kv.Key, kv.Value)));
                Assert.Equal(a.Salience.Select(kv => (kv.Key, kv.Value with { Note = $"checked {a.Id}.salience.{kv.Key}" })), b.Salience.Select(kv => (kv.Key, kv.Value)));
                Assert.Equal(a.Evidence.Skip(1).Select(Identity), b.Evidence.Skip(1).Select(Identity));
                Assert.Equal(a.Evidence.Take(1).Select(e => Identity(e with { Note = "re-read" })), b.Evidence.Take(1).Select(Identity));
                Assert.Equal((a.Name, a.Notes, a.Aliases.Count), (b.Name, b.Notes, b.Aliases.Count));
            }
            Assert.Equal(ScenarioYamlWriter.ToYaml(original with { Actors = [] }), ScenarioYamlWriter.ToYaml(again with { Actors = [] }));
            Assert.Equal((original.Motions.Count, original.Sources.Count, original.Claims.Count), (again.Motions.Count, again.Sources.Count, again.Claims.Count));
            // Saving the saved text unchanged gives the same text back.
            var form2 = Read(save.Yaml!);
            Assert.Equal(save.Yaml, ScenarioNumberForm.Save(name + ".yaml", save.Yaml!, Inputs(form2), Citations(form2)).Yaml);
        }
    }

    private static (string, string?, string, string?, EvidenceStance, string?) Identity(EvidenceLink e) =>
        (e.SourceId, e.Quote, e.Supports, e.Note, e.Stance, e.Passage?.ToString());
}
