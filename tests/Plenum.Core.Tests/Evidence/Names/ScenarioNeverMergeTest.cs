using Plenum.Core.Evidence.Names;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Evidence.Names;

/// <summary>A scenario's own <c>never_merge</c> pairs: loaded with their place, and respected by the resolver.</summary>
public class ScenarioNeverMergeTest
{
    private const string Scenario = """
        id: t
        title: T
        issues: [ { id: x } ]
        actors:
          - { id: voroshilov, name: Kliment Voroshilov, capability: 1, position: { x: 5 } }
          - { id: kirov, name: Sergei Kirov, capability: 1, position: { x: 6 } }
        never_merge:
          - [Voroshilov, Vorosilov]
        """;

    [Fact]
    public void Load_NeverMerge_ReadsThePairsWithTheirPlace()
    {
        var scenario = ScenarioLoader.Load("t.yaml", Scenario).Scenario!;

        var pair = Assert.Single(scenario.NeverMergeNames);
        Assert.Equal(("Voroshilov", "Vorosilov", 8), (pair.First, pair.Second, pair.Where.Line));
    }

    [Fact]
    public void FromScenario_ScenarioPairs_AddToTheDefaults()
    {
        var scenario = ScenarioLoader.Load("t.yaml", Scenario).Scenario!;

        var resolver = ActorNameResolver.FromScenario(scenario);

        Assert.Empty(resolver.Resolve("Vorosilov", "en"));
        Assert.Equal("voroshilov", resolver.Resolve("Voroshilov", "en")[0].ActorId);
        Assert.Contains(resolver.NeverMerge, p => p.First == "Uglanov");
        Assert.Contains(resolver.NeverMerge, p => p.Second == "Vorosilov");
    }

    [Fact]
    public void Load_NeverMergeEntryNotAPair_ReportsWhere()
    {
        var text = Scenario.Replace("[Voroshilov, Vorosilov]", "[Voroshilov]", StringComparison.Ordinal);

        var problem = Assert.Single(ScenarioLoader.Load("t.yaml", text).Problems);

        Assert.Equal(("never-merge-pair", 8), (problem.Code, problem.Where.Line));
    }

    [Fact]
    public void Load_Politburo1929_HasItsOwnPairs() =>
        Assert.Contains(NameTestScenario.Politburo1929.NeverMergeNames, p => (p.First, p.Second) == ("Uglanov", "Ulyanov"));
}
