using System.Globalization;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Scenarios;

/// <summary>
/// The documented historical cases in <c>scenarios/</c> that <c>plenum backtest</c> scores: every file loads
/// cleanly, enough of them carry an outcome, the recorded votes add up, the outcome comes after the inputs'
/// date, and every number is accounted for by evidence or an analyst's estimate (docs/backtest.md).
/// </summary>
public class BacktestCasesTest
{
    private const string EstimateMarker = "analyst's estimate";

    /// <summary>Absorbs rounding in vote totals given as percentages (38.2 + 61.8).</summary>
    private const double VoteTolerance = 1e-9;

    private static readonly Dictionary<string, LoadResult> Loaded = new(StringComparer.Ordinal);

    private static string ScenarioFolder => Path.Combine(TestPaths.RepoRoot, "scenarios");

    public static TheoryData<string> ScenarioFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in FileNames()) data.Add(file);
        return data;
    }

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(ScenarioFolder, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void LoadFile_EveryScenario_ReportsNoProblems(string file)
    {
        var result = Load(file);
        var problems = result.Problems.Select(p => $"{p.Where.Line}:{p.Where.Column} {p.Code} {p.Message}");

        Assert.Empty(problems);
        Assert.NotNull(result.Scenario);
    }

    [Fact]
    public void Outcomes_AtLeastSixScenarios_HaveOne()
    {
        var withOutcome = FileNames().Where(f => ScenarioOf(f).Outcome is not null).ToList();

        Assert.True(withOutcome.Count >= 6, $"only {withOutcome.Count} scenarios have an outcome: {string.Join(", ", withOutcome)}");
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Outcome_VoteTotals_DoNotExceedTheBodysTotalWeight(string file)
    {
        var scenario = ScenarioOf(file);
        if (scenario.Outcome is not { } outcome) return;

        foreach (var m in outcome.Motions.Where(m => m.Votes is not null && m.Body is not null))
        {
            var body = scenario.FindBody(m.Body!)!;
            if (body.Rule.Kind != DecisionRuleKind.WeightedQuota) continue;
            var size = body.Rule.Weights!.Values.Sum();
            var cast = (m.Votes!.For ?? 0) + (m.Votes.Against ?? 0) + (m.Votes.Abstain ?? 0);

            Assert.True(cast <= size + VoteTolerance, $"{scenario.Id}: {m.Motion} in {body.Id} records {cast} votes, the body weighs {size}");
        }
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Outcome_VotesByName_FitInsideTheTotals(string file)
    {
        var scenario = ScenarioOf(file);
        if (scenario.Outcome is not { } outcome) return;

        foreach (var m in outcome.Motions.Where(m => m.Votes is not null))
        {
            var votes = m.Votes!;
            foreach (var (kind, total) in new[] { ("for", votes.For), ("against", votes.Against), ("abstain", votes.Abstain) })
            {
                if (total is null) continue;
                var named = votes.ByName.Values.Count(v => v == kind);
                Assert.True(named <= total.Value + VoteTolerance, $"{scenario.Id}: {m.Motion} names {named} votes '{kind}' but records {total}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Outcome_RecordedTotals_AgreeWithPassed(string file)
    {
        var scenario = ScenarioOf(file);
        if (scenario.Outcome is not { } outcome) return;

        foreach (var m in outcome.Motions.Where(m => m.Votes is { For: not null, Against: not null }))
            Assert.True(m.Passed == m.Votes!.For > m.Votes.Against,
                $"{scenario.Id}: {m.Motion} recorded {m.Votes.For}–{m.Votes.Against} but passed is {m.Passed}");
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Outcome_IsDatedAfterTheInputs(string file)
    {
        var scenario = ScenarioOf(file);
        if (scenario.Outcome is not { } outcome) return;

        Assert.NotNull(scenario.AsOf);
        Assert.NotNull(outcome.Date);
        Assert.True(Date(scenario.AsOf!) < Date(outcome.Date!), $"{scenario.Id}: as_of {scenario.AsOf} is not before the outcome of {outcome.Date}");
        Assert.All(outcome.Motions.Where(m => m.Date is not null), m => Assert.True(Date(m.Date!) > Date(scenario.AsOf!),
            $"{scenario.Id}: {m.Motion} decided {m.Date}, not after as_of {scenario.AsOf}"));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Numbers_EveryActorNumber_HasEvidenceOrAnEstimateNote(string file)
    {
        var scenario = ScenarioOf(file);
        var unaccounted = new List<string>();
        foreach (var actor in scenario.Actors)
        {
            var numbers = new List<(string Path, UncertainValue Value)> { ("capability", actor.Capability) };
            numbers.AddRange(actor.Position.Select(p => ($"position.{p.Key}", p.Value)));
            numbers.AddRange(actor.Salience.Select(s => ($"salience.{s.Key}", s.Value)));
            unaccounted.AddRange(numbers.Where(n => !IsAccountedFor(actor, n.Path, n.Value)).Select(n => $"{actor.Id}.{n.Path}"));
        }

        Assert.Empty(unaccounted);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Evidence_SourcesWithoutAFile_AreCitedByNoteNeverByQuote(string file)
    {
        var scenario = ScenarioOf(file);
        var withoutFile = scenario.Sources.Where(s => s.File is null).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var links = scenario.Actors.SelectMany(a => a.Evidence)
            .Concat(scenario.Bodies.SelectMany(b => b.Evidence))
            .Concat(scenario.Outcome?.Evidence ?? []);

        var quoted = links.Where(l => withoutFile.Contains(l.SourceId) && l.Quote is not null).Select(l => $"{l.SourceId}: {l.Quote}");

        Assert.Empty(quoted);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Bodies_WeightedQuota_IsAMajorityOfTheTotalWeight(string file)
    {
        var scenario = ScenarioOf(file);
        foreach (var body in scenario.Bodies.Where(b => b.Rule.Kind == DecisionRuleKind.WeightedQuota))
        {
            var total = body.Rule.Weights!.Values.Sum();

            Assert.True(body.Rule.Quota > total / 2 && body.Rule.Quota <= total / 2 + 1,
                $"{scenario.Id}: {body.Id} has quota {body.Rule.Quota} of {total}; every case here decides by majority");
        }
    }

    [Theory]
    [InlineData("politburo-1929.yaml", "cc-plenum", 71)]
    [InlineData("alp-caucus-2012.yaml", "caucus", 102)]
    [InlineData("alp-caucus-2013.yaml", "caucus", 102)]
    [InlineData("liberal-spill-2015.yaml", "party-room", 100)]
    [InlineData("labour-no-confidence-2016.yaml", "plp", 229)]
    [InlineData("labour-no-confidence-2016.yaml", "selectorate", 100)]
    [InlineData("liberal-spill-2018.yaml", "party-room", 85)]
    [InlineData("conservative-confidence-2018.yaml", "conservative-mps", 317)]
    [InlineData("conservative-confidence-2022.yaml", "conservative-mps", 359)]
    [InlineData("house-vacate-2023.yaml", "house", 433)]
    public void Bodies_Weights_SumToTheDocumentedSize(string file, string bodyId, double size)
    {
        var body = ScenarioOf(file).FindBody(bodyId)!;

        Assert.Equal(DecisionRuleKind.WeightedQuota, body.Rule.Kind);
        Assert.Equal(size, body.Rule.Weights!.Values.Sum(), 9);
    }

    [Fact]
    public void HouseVacate2023_RecordsTheEightRepublicansInFavour()
    {
        var vote = ScenarioOf("house-vacate-2023.yaml").Outcome!.Motions.Single(m => m.Motion == "vacate").Votes!;
        var republicansFor = new[] { "biggs", "buck", "burchett", "crane", "gaetz", "good", "mace", "rosendale" };

        Assert.Equal((216.0, 210.0), (vote.For!.Value, vote.Against!.Value));
        Assert.All(republicansFor, id => Assert.Equal("for", vote.ByName[id]));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Evidence_OutcomeQuotes_OccurInTheirSourceFile(string file)
    {
        var scenario = ScenarioOf(file);
        if (scenario.Outcome is not { } outcome) return;
        var texts = scenario.Sources.Where(s => s.File is not null)
            .ToDictionary(s => s.Id, s => Normalise(File.ReadAllText(Path.GetFullPath(Path.Combine(ScenarioFolder, s.File!)))));

        var missing = outcome.Evidence
            .Where(e => e.Quote is not null && texts.TryGetValue(e.SourceId, out var text) && !text.Contains(Normalise(e.Quote), StringComparison.Ordinal))
            .Select(e => e.Quote);

        Assert.Empty(missing);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsAccountedFor(Actor actor, string path, UncertainValue value) =>
        actor.Evidence.Any(e => e.Supports == path && (!string.IsNullOrWhiteSpace(e.Quote) || !string.IsNullOrWhiteSpace(e.Note)))
        || (value.Note?.TrimStart().StartsWith(EstimateMarker, StringComparison.OrdinalIgnoreCase) ?? false);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Scenario ScenarioOf(string file) => Load(file).Scenario
        ?? throw new InvalidOperationException($"{file} did not load: "
            + string.Join("; ", Load(file).Problems.Select(p => $"{p.Where.Line}:{p.Where.Column} {p.Message}")));

    private static LoadResult Load(string file)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(file, out var result))
                Loaded[file] = result = ScenarioLoader.LoadFile(Path.Combine(ScenarioFolder, file));
            return result;
        }
    }
}
