using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Scenarios;

public partial class ScenarioLoaderTest
{
    private const string Full = """
        id: demo
        title: Demo
        as_of: 1929-03-20
        issues:
          - id: line
            scale: [-5, 5]
            status_quo: { value: 1, range: [0, 2] }
            low: left
            high: right
        actors:
          - id: a
            name: Actor A
            aliases: [A1, Ay]
            capability: { value: 40, triangular: [30, 40, 55], note: "analyst's estimate: guess" }
            position: { line: -4 }
            salience: { line: { value: 80, normal: [80, 5] } }
          - id: b
            capability: { unknown: [10, 20] }
            position: { line: { beta: [2, 2, 0, 4] } }
        bodies:
          - id: pb
            members: [a, b]
            rule: { quota: 30, weights: { a: 20, b: 15 } }
            convener: a
          - id: joint
            members: [pb]
            overrules: [pb]
        motions:
          - { id: m, kind: removal, targets: [b], from: pb, decided_by: joint, issue: line }
          - { id: p, kind: policy, issue: line, proposal: 3, decided_by: pb, proposed_by: a }
        """;

    [Fact]
    public void Load_FullScenario_ReadsEveryPart()
    {
        var result = ScenarioLoader.Load("demo.yaml", Full);

        Assert.Empty(result.Problems);
        var s = result.Scenario!;
        Assert.Equal("1929-03-20", s.AsOf);
        var issue = Assert.Single(s.Issues);
        Assert.Equal((-5.0, 5.0, 1.0), (issue.Low, issue.High, issue.StatusQuo!.Value));
        var a = s.FindActor("a")!;
        Assert.Equal(["A1", "Ay"], a.Aliases);
        Assert.Equal(new TriangularDistribution(30, 40, 55), a.Capability.Uncertainty);
        Assert.Equal("analyst's estimate: guess", a.Capability.Note);
        Assert.Equal(new NormalDistribution(80, 5), a.Salience["line"].Uncertainty);
        var b = s.FindActor("b")!;
        Assert.Equal(15, b.Capability.Value);   // no value: the centre of "unknown between 10 and 20"
        Assert.Equal(2, b.Position["line"].Value); // beta(2,2) on [0,4] has mean 2
        Assert.Equal(100, b.SalienceOn("line")); // no salience given: 100
        Assert.Equal(30, s.FindBody("pb")!.Rule.Quota);
        Assert.Equal(MotionKind.Policy, s.Motions[1].Kind);
        Assert.Equal(3, s.Motions[1].Proposal);
    }

    [Fact]
    public void Load_ManyProblems_AreAllReportedInFileOrder()
    {
        var text = """
            id: t
            title: T
            issues: [ { id: line } ]
            actors:
              - { id: a, capability: -1, position: { line: 500 } }
              - { id: b, capability: 1, salience: { line: 50 } }
            """;

        var problems = ScenarioLoader.Load("t.yaml", text).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "t.yaml:5:26: capability of actor 'a' is -1; capability must be above 0",
            "t.yaml:5:48: position of actor 'a' on 'line' is 500; positions on 'line' run from 0 to 100",
            "t.yaml:6:39: actor 'b' has a salience on 'line' but no position on it; give a position or remove the salience",
        ], problems);
    }

    [Fact]
    public void WriterThenLoader_RoundTripsNumbersExactly()
    {
        var original = ScenarioLoader.Load("demo.yaml", Full).Scenario!;

        var again = ScenarioLoader.Load("again.yaml", ScenarioYamlWriter.ToYaml(original));

        Assert.Empty(again.Problems);
        var s = again.Scenario!;
        Assert.Equal(original.Actors.Select(a => a.Capability), s.Actors.Select(a => a.Capability));
        Assert.Equal(original.Actors.Select(a => a.Position["line"]), s.Actors.Select(a => a.Position["line"]));
        Assert.Equal(original.Bodies.Select(b => b.Rule.Quota), s.Bodies.Select(b => b.Rule.Quota));
    }
}

public class ScenarioOutcomeTest
{
    [Fact]
    public void Load_Outcome_IsReadAndKeptApartFromInputs()
    {
        var text = """
            id: t
            title: T
            issues: [ { id: line } ]
            actors:
              - { id: a, capability: 1, position: { line: 10 } }
              - { id: b, capability: 1, position: { line: 90 } }
            bodies:
              - { id: pb, members: [a, b] }
            motions:
              - { id: m, kind: removal, targets: [a], from: pb, decided_by: pb }
            outcome:
              date: 1930-01-01
              issues: { line: 80 }
              motions:
                - { motion: m, body: pb, passed: true, votes: { for: 1, against: 1, by_name: { a: against, b: for } } }
              removed: [a]
              prevailed: [b]
            """;

        var s = ScenarioLoader.Load("t.yaml", text).Scenario!;

        var o = s.Outcome!;
        Assert.Equal(80, o.Issues["line"]);
        var m = Assert.Single(o.Motions);
        Assert.True(m.Passed);
        Assert.Equal("against", m.Votes!.ByName["a"]);
        Assert.Equal(["a"], o.Removed);
        Assert.Null(s.WithoutOutcome().Outcome);
        Assert.Equal(s.Actors, s.WithoutOutcome().Actors);
    }
}
