using Plenum.Core.Evidence.Quotes;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Evidence.Quotes;

public sealed class AliasSpeakerResolverTest
{
    private static readonly AliasSpeakerResolver Politburo =
        new(ScenarioLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "scenarios", "politburo-1929.yaml")).Scenario!);

    [Theory]
    [InlineData("Bucharin", "bukharin")]
    [InlineData("BUKHARIN", "bukharin")]
    [InlineData("Comrade Bucharin", "bukharin")]
    [InlineData("tov. Stalin", "stalin")]
    [InlineData("Genosse Sinowjew", "zinoviev")]
    [InlineData("Kruskaia", "krupskaja")]
    [InlineData("Piatakov's", "piatakov")]
    [InlineData("Zinov'ev", "zinoviev")]
    [InlineData("Nikolai Ivanovich Bukharin", "bukharin")]
    [InlineData("Kaganovitchs", "kaganovich")]
    [InlineData("kamenev", "kamenev")]
    public void ActorIdFor_AliasOrSpelling_ResolvesToActor(string surface, string actor)
    {
        Assert.Equal(actor, Politburo.ActorIdFor(surface));
    }

    [Theory]
    [InlineData("Bakaiev")]
    [InlineData("Trotsky")]
    [InlineData("Comrade")]
    [InlineData("")]
    [InlineData("The Right")]
    public void ActorIdFor_NotAnActor_Null(string surface)
    {
        Assert.Null(Politburo.ActorIdFor(surface));
    }

    [Fact]
    public void ActorIdFor_SurnameSharedByTwoActors_ResolvesToNeither()
    {
        var scenario = new ScenarioBuilder("s")
            .Actor(Person("a", "Nadezhda Krupskaya"))
            .Actor(Person("b", "Lev Krupskaya"))
            .Actor(Person("c", "Grigory Zinoviev"))
            .Build();
        var resolver = new AliasSpeakerResolver(scenario);

        Assert.Null(resolver.ActorIdFor("Krupskaya"));
        Assert.Equal("a", resolver.ActorIdFor("Nadezhda Krupskaya"));
        Assert.Equal("c", resolver.ActorIdFor("Zinoviev"));
    }

    private static Actor Person(string id, string name) =>
        new(id, name, [], 1, new Dictionary<string, UncertainValue>(), new Dictionary<string, UncertainValue>(), [], null, new SourceSpan("<test>", 0, 0));
}
