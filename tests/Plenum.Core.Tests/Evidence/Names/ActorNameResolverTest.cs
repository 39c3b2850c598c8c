using Plenum.Core.Evidence.Names;

namespace Plenum.Core.Tests.Evidence.Names;

/// <summary>Resolving surface forms to the 1929 scenario's actors: methods, scores, guards and decisions.</summary>
public class ActorNameResolverTest
{
    private static ActorNameResolver Resolver => NameTestScenario.Resolver;

    [Theory]
    [InlineData("Bucharin", "en", "bukharin", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("Stalin's", "en", "stalin", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("Comrade Stalin", "en", "stalin", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("tov. Kalinin", "en", "kalinin", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("Grigory Zinoviev", "en", "zinoviev", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("Zinoviev, G.", "en", "zinoviev", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("Bucharin N. I.", "en", "bukharin", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("Sergo", "en", "ordjonikidze", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("Yan Rudzutak", "en", "rudzutak", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("Ordjonikidzé", "fr", "ordjonikidze", NameMatchMethod.AliasExact, 1.0)]
    [InlineData("Bucharins", "de", "bukharin", NameMatchMethod.AliasExact, 0.98)]
    [InlineData("Сталина", "ru", "stalin", NameMatchMethod.AliasExact, 0.97)]
    [InlineData("Бухарину", "ru", "bukharin", NameMatchMethod.AliasExact, 0.97)]
    [InlineData("Томского", "ru", "tomsky", NameMatchMethod.AliasExact, 0.97)]
    [InlineData("Крупской", "ru", "krupskaja", NameMatchMethod.AliasExact, 0.97)]
    [InlineData("Boukharine", "fr", "bukharin", NameMatchMethod.Transliteration, 0.95)]
    [InlineData("camarade Staline", "fr", "stalin", NameMatchMethod.Transliteration, 0.95)]
    [InlineData("Kroupskaïa", "fr", "krupskaja", NameMatchMethod.Transliteration, 0.95)]
    [InlineData("Ordschonikidse", "de", "ordjonikidze", NameMatchMethod.Transliteration, 0.95)]
    [InlineData("Genosse Molotow", "de", "molotov", NameMatchMethod.Transliteration, 0.95)]
    [InlineData("Kaganowitsch", "de", "kaganovich", NameMatchMethod.Transliteration, 0.95)]
    [InlineData("Zinovieff", "fr", "zinoviev", NameMatchMethod.SkeletonKey, 0.90)]
    [InlineData("Kujbyschew", "de", "kuibyshev", NameMatchMethod.SkeletonKey, 0.90)]
    [InlineData("Ordzhonikidze's", "en", "ordjonikidze", NameMatchMethod.AliasExact, 1.0)]
    public void Resolve_Spelling_SuggestsTheActorFirst(string surface, string language, string actor, NameMatchMethod method, double score)
    {
        var best = Resolver.Resolve(surface, language)[0];

        Assert.Equal(actor, best.ActorId);
        Assert.Equal(method, best.Method);
        Assert.Equal(score, best.Score, 0.0005);
    }

    [Fact]
    public void Resolve_Misspelling_IsAJaroWinklerSuggestionBelowTheExactMethods()
    {
        var best = Resolver.Resolve("Vorosilov", "en")[0];

        Assert.Equal("voroshilov", best.ActorId);
        Assert.Equal(NameMatchMethod.JaroWinkler, best.Method);
        Assert.InRange(best.Score, 0.765, 0.85);
    }

    [Theory]
    [InlineData("Trotsky", "en")]
    [InlineData("Trotzki", "de")]
    [InlineData("Trotski", "fr")]
    [InlineData("Ulyanov", "en")]
    [InlineData("Uljanow", "de")]
    [InlineData("Zinovyeva", "en")]
    [InlineData("Zinovieva", null)]
    [InlineData("Tomskaya", "en")]
    public void Resolve_NeverMergeNames_SuggestNobody(string surface, string? language) =>
        Assert.Empty(Resolver.Resolve(surface, language));

    [Fact]
    public void Resolve_WithoutTheNeverMergeList_WouldSuggestUglanovForUlyanov()
    {
        var actors = NameTestScenario.Politburo1929.Actors.Select(a => new ActorNames(a.Id, a.Name, a.Aliases));
        var unguarded = new ActorNameResolver(actors, new NameResolverOptions { UseDefaultNeverMerge = false });

        var suggestion = Assert.Single(unguarded.Resolve("Ulyanov", "en"));

        Assert.Equal("uglanov", suggestion.ActorId);
        Assert.Equal(NameMatchMethod.JaroWinkler, suggestion.Method);
        Assert.Equal(0.85 * 0.957, suggestion.Score, 0.001);
    }

    [Fact]
    public void Resolve_ScenarioNeverMergePair_BlocksASuggestion()
    {
        var guarded = ActorNameResolver.FromScenario(NameTestScenario.Politburo1929,
            new NameResolverOptions { NeverMerge = [new NeverMergePair("Voroshilov", "Vorosilov")] });

        Assert.Empty(guarded.Resolve("Vorosilov", "en"));
        Assert.Contains(guarded.NeverMerge, p => p.First == "Tomsky");
    }

    [Fact]
    public void Resolve_ExactAlias_PassesTheGuards()
    {
        var resolver = ActorNameResolver.FromScenario(NameTestScenario.Politburo1929,
            new NameResolverOptions { ExtraAliases = new Dictionary<string, IReadOnlyList<string>> { ["zinoviev"] = ["Radomyslsky", "Zinovyeva"] } });

        Assert.Equal("zinoviev", resolver.Resolve("Radomyslsky", "en")[0].ActorId);
        Assert.Equal(NameMatchMethod.AliasExact, resolver.Resolve("Zinovyeva", "en")[0].Method);
    }

    [Fact]
    public void Resolve_ConflictingInitial_LowersTheScore()
    {
        var best = Resolver.Resolve("L. Zinoviev", "en")[0];

        Assert.Equal("zinoviev", best.ActorId);
        Assert.Equal(0.8, best.Score, 0.0005);
        Assert.Contains("initial L.", best.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AnalystConfirmation_ComesFirstAndRejectionRemoves()
    {
        var decisions = NameMergeDecisions.None
            .Confirm("Koba", "stalin", "analyst", "Stalin's party name before 1912")
            .Reject("Vorosilov", "voroshilov", "analyst");
        var resolver = ActorNameResolver.FromScenario(NameTestScenario.Politburo1929, new NameResolverOptions { Decisions = decisions });

        var koba = Assert.Single(resolver.Resolve("Comrade Koba's", "en"));
        Assert.Equal(("stalin", NameMatchMethod.AnalystConfirmed, 1.0), (koba.ActorId, koba.Method, koba.Score));
        Assert.Empty(resolver.Resolve("Vorosilov", "en"));
        Assert.Equal(NameMergeVerdict.Rejected, decisions.VerdictFor("vorosilov", "voroshilov"));
        Assert.Null(decisions.VerdictFor("Koba", "molotov"));
    }

    [Fact]
    public void Resolve_LaterDecision_OverridesEarlierOne()
    {
        var decisions = NameMergeDecisions.None.Reject("Kruskaia", "krupskaja").Confirm("Kruskaia", "krupskaja");

        Assert.Equal(NameMergeVerdict.Confirmed, decisions.VerdictFor("Kruskaia", "krupskaja"));
        Assert.Equal(2, decisions.All.Count);
    }

    [Fact]
    public void Resolve_AggregateActors_AreNotSearchedByTheirDescriptions()
    {
        Assert.Empty(Resolver.Resolve("Committee", "en"));
        Assert.Empty(Resolver.Resolve("Central Committee", "en"));
    }

    [Fact]
    public void Resolve_Suggestions_AreRankedAndWithinZeroAndOne()
    {
        foreach (var surface in new[] { "Kalinine", "Rykow", "Tomski", "Kamenew", "Stalinist", "Zinov'yev" })
        {
            var suggestions = Resolver.Resolve(surface, null);
            Assert.All(suggestions, s => Assert.InRange(s.Score, 0.0, 1.0));
            Assert.Equal(suggestions.OrderByDescending(s => s.Score).Select(s => s.Score), suggestions.Select(s => s.Score));
        }
    }
}
