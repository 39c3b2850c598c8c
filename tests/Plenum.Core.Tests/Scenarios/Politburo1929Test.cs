using System.Text.RegularExpressions;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Scenarios;

/// <summary>
/// The flagship scenario loads without problems, and every number in it is accounted for: either a passage
/// quoted literally from the 1929 source supports it, or it is marked as the analyst's estimate.
/// </summary>
public partial class Politburo1929Test
{
    private const string EstimateMarker = "analyst's estimate";

    private static readonly Lazy<LoadResult> Loaded = new(() => ScenarioLoader.LoadFile(ScenarioPath));

    private static string ScenarioPath => Path.Combine(TestPaths.RepoRoot, "scenarios", "politburo-1929.yaml");

    private static Scenario Scenario => Loaded.Value.Scenario
        ?? throw new InvalidOperationException("politburo-1929.yaml did not load: "
            + string.Join("; ", Loaded.Value.Problems.Select(p => $"{p.Where.Line}:{p.Where.Column} {p.Message}")));

    [Fact]
    public void LoadFile_Politburo1929_ReportsNoProblems()
    {
        var problems = Loaded.Value.Problems.Select(p => $"{p.Where.Line}:{p.Where.Column} {p.Code} {p.Message}");

        Assert.Empty(problems);
        Assert.NotNull(Loaded.Value.Scenario);
    }

    [Fact]
    public void Evidence_EveryQuote_OccursVerbatimInTheSource()
    {
        // Only the report itself is in sources/; the documents it names are cited by note, never by quote.
        var sources = Scenario.Sources.Where(s => s.File is not null).ToDictionary(s => s.Id, ReadSourceText);
        var links = Scenario.Actors.SelectMany(a => a.Evidence.Select(e => (Owner: a.Id, Link: e)))
            .Concat(Scenario.Bodies.SelectMany(b => b.Evidence.Select(e => (Owner: b.Id, Link: e))))
            .Concat(Scenario.Claims.SelectMany(c => c.Evidence.Select(e => (Owner: c.Id, Link: e))))
            .ToList();

        var missing = links
            .Where(x => x.Link.Quote is not null)
            .Where(x => !sources.TryGetValue(x.Link.SourceId, out var text) || !text.Contains(Normalise(x.Link.Quote!), StringComparison.Ordinal))
            .Select(x => $"{x.Owner}: {x.Link.Quote}")
            .ToList();

        Assert.NotEmpty(links);
        Assert.Empty(missing);
    }

    [Fact]
    public void Numbers_EveryActorNumber_HasEvidenceOrAnEstimateNote()
    {
        var unaccounted = new List<string>();
        foreach (var actor in Scenario.Actors)
        {
            var numbers = new List<(string Path, UncertainValue Value)> { ("capability", actor.Capability) };
            numbers.AddRange(actor.Position.Select(p => ($"position.{p.Key}", p.Value)));
            numbers.AddRange(actor.Salience.Select(s => ($"salience.{s.Key}", s.Value)));

            unaccounted.AddRange(numbers
                .Where(n => !IsAccountedFor(actor, n.Path, n.Value))
                .Select(n => $"{actor.Id}.{n.Path}"));
        }

        Assert.Empty(unaccounted);
    }

    [Fact]
    public void Numbers_EveryActorNumber_CarriesItsUncertainty()
    {
        var certain = Scenario.Actors
            .SelectMany(a => new[] { ("capability", a.Capability) }
                .Concat(a.Position.Select(p => ($"position.{p.Key}", p.Value)))
                .Concat(a.Salience.Select(v => ($"salience.{v.Key}", v.Value)))
                .Where(n => n.Item2.Uncertainty is null)
                .Select(n => $"{a.Id}.{n.Item1}"));

        Assert.Empty(certain);
    }

    [Fact]
    public void Salience_EveryPosition_HasAnExplicitSalience()
    {
        var implicitSalience = Scenario.Actors
            .SelectMany(a => a.Position.Keys.Where(issue => !a.Salience.ContainsKey(issue)).Select(issue => $"{a.Id}.{issue}"));

        Assert.Empty(implicitSalience);
    }

    [Fact]
    public void Issues_EachHasAStatusQuo()
    {
        Assert.Contains(Scenario.Issues, i => i.Id == "line");
        Assert.All(Scenario.Issues, i => Assert.NotNull(i.StatusQuo));
    }

    [Fact]
    public void Motions_EveryProposal_IsExplainedAsAnEstimate()
    {
        var policies = Scenario.Motions.Where(m => m.Proposal is not null).ToList();

        Assert.NotEmpty(policies);
        Assert.All(policies, m => Assert.Contains(EstimateMarker, m.Notes ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("stalin")]
    [InlineData("molotov")]
    [InlineData("ordjonikidze")]
    [InlineData("voroshilov")]
    [InlineData("kalinin")]
    [InlineData("kaganovich")]
    [InlineData("bukharin")]
    [InlineData("rykov")]
    [InlineData("tomsky")]
    [InlineData("uglanov")]
    [InlineData("zinoviev")]
    [InlineData("kamenev")]
    [InlineData("piatakov")]
    [InlineData("krupskaja")]
    [InlineData("kuibyshev")]
    [InlineData("rudzutak")]
    [InlineData("kirov")]
    [InlineData("mikoyan")]
    [InlineData("andreyev")]
    [InlineData("kosior")]
    [InlineData("petrovsky")]
    [InlineData("chubar")]
    public void Actors_NamedActor_Exists(string id)
    {
        Assert.NotNull(Scenario.FindActor(id));
    }

    [Theory]
    [InlineData("bukharin", "Bucharin")]
    [InlineData("bukharin", "Bukharin")]
    [InlineData("kaganovich", "Kaganovitch")]
    [InlineData("kaganovich", "Kaganovich")]
    [InlineData("krupskaja", "Krupskaja")]
    [InlineData("krupskaja", "Kruskaia")]
    [InlineData("krupskaja", "Krupskaya")]
    [InlineData("ordjonikidze", "Ordjonikidze")]
    [InlineData("ordjonikidze", "Ordzhonikidze")]
    [InlineData("piatakov", "Piatakov")]
    [InlineData("piatakov", "Pyatakov")]
    [InlineData("zinoviev", "Zinoviev")]
    public void Aliases_SourceAndModernSpellings_AreListed(string id, string alias)
    {
        Assert.Contains(alias, Scenario.FindActor(id)!.Aliases);
    }

    [Fact]
    public void Politburo_HasTheNineVotingMembersOfEarly1929()
    {
        var politburo = Scenario.FindBody("politburo")!;

        Assert.Equal(
            new[] { "bukharin", "kalinin", "kuibyshev", "molotov", "rudzutak", "rykov", "stalin", "tomsky", "voroshilov" },
            politburo.Members.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(8, politburo.Candidates.Count);
        Assert.Equal("stalin", politburo.Convener);
    }

    [Fact]
    public void RemoveRight_IsDecidedByThePlenumThatOverrulesThePolitburo()
    {
        var motion = Scenario.Motions.Single(m => m.Id == "remove-right");
        var plenum = Scenario.FindBody(motion.DecidedBy)!;

        Assert.Equal(MotionKind.Removal, motion.Kind);
        Assert.Equal(new[] { "bukharin", "rykov", "tomsky" }, motion.Targets.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("politburo", motion.From);
        Assert.Equal("cc-plenum", plenum.Id);
        Assert.Contains("politburo", plenum.Overrules);
    }

    [Fact]
    public void Commission_IsTheFiveNamedInTheSource_ConvenedByStalin()
    {
        var commission = Scenario.FindBody("commission")!;

        Assert.Equal(new[] { "bukharin", "molotov", "ordjonikidze", "rykov", "stalin" }, commission.Members.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("stalin", commission.Convener);
    }

    private static bool IsAccountedFor(Actor actor, string path, UncertainValue value) =>
        actor.Evidence.Any(e => e.Supports == path && !string.IsNullOrWhiteSpace(e.Quote))
        || (value.Note?.TrimStart().StartsWith(EstimateMarker, StringComparison.OrdinalIgnoreCase) ?? false);

    private static string ReadSourceText(Source source)
    {
        Assert.NotNull(source.File);
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ScenarioPath)!, source.File!));
        return Normalise(File.ReadAllText(path));
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
