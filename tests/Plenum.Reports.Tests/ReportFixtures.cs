using Plenum.Core.Models;
using Plenum.Core.Models.Baseline;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Reports.Tests;

/// <summary>Scenarios and results for report tests: the 1929 flagship scenario and a small hostile one.</summary>
internal static class ReportFixtures
{
    /// <summary>Text that would run if any input reached the page unescaped.</summary>
    public const string Hostile = "<script>alert('x')</script>";

    private static readonly Lazy<Scenario> Politburo = new(() =>
    {
        var loaded = ScenarioLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "scenarios", "politburo-1929.yaml"));
        Assert.True(loaded.IsValid, string.Join("; ", loaded.Problems.Select(p => p.Message)));
        return loaded.Scenario!;
    });

    public static Scenario Politburo1929 => Politburo.Value;

    /// <summary>The 1929 scenario with a multi-round run, a Monte Carlo run, a sensitivity analysis and voting power.</summary>
    public static ReportInput Politburo1929Report()
    {
        var s = Politburo1929;
        var options = new ModelOptions(seed: 7);
        var adjust = new PartialAdjustmentModel().Run(s, options, Core.Randomness.RandomStream.ForRun(7, 0));
        var monteCarlo = MonteCarloRunner.Run(BaselineModel.Compromise, s, options, 400, maxDegreeOfParallelism: 1);
        var sensitivity = SensitivityAnalysis.Run(BaselineModel.Compromise, s, "line", options, 0, maxDegreeOfParallelism: 1);
        var politburo = s.FindBody("politburo")!;
        var power = politburo.Members.Select(m => new BodyPowerRow("politburo", m, 1.0 / politburo.Members.Count, 1.0 / politburo.Members.Count)).ToList();
        return new ReportInput(s, [adjust, monteCarlo, WithMotions(s, BaselineModel.Median.Run(s, options, Core.Randomness.RandomStream.ForRun(7, 0)))],
            [sensitivity], power);
    }

    /// <summary>A result with made-up motion, actor, table and note entries, so every section has something.</summary>
    public static ForecastResult WithMotions(Scenario s, ForecastResult r)
    {
        var motions = s.Motions.Select((m, k) => new MotionForecast(m.Id, 0.2 + 0.3 * k, m.DecidedBy,
            new Dictionary<string, BodyVote>
            {
                [m.DecidedBy] = new(0.2 + 0.3 * k, 5 + k, 4 - k),
                [s.Bodies[0].Id] = new(0.9 - 0.2 * k, 7, 2),
            })).ToList();
        var actors = s.Actors.Take(4).Select((a, k) => new ActorForecast(a.Id, 0.1 * k, 1 - 0.2 * k)).ToList();
        var table = new ResultTable("offers", ["round", "from", "to", "position"],
            [[1, s.Actors[0].Id, s.Actors[1].Id, 72.5], [2, s.Actors[1].Id, s.Actors[0].Id, null]]);
        return r with { Motions = motions, Actors = actors, Tables = [table], Notes = [.. r.Notes, "issue line: cycle of length 2 from round 5"] };
    }

    /// <summary>A small scenario whose every name, note and quote is markup, and results naming the hostile actor.</summary>
    public static ReportInput HostileReport()
    {
        var evil = new Actor("evil", Hostile + " Bob \"&\"", [], new UncertainValue(10, new UniformDistribution(5, 15), "analyst's estimate: " + Hostile),
            new Dictionary<string, UncertainValue> { ["x"] = new(80, new TriangularDistribution(70, 80, 90), Hostile) },
            new Dictionary<string, UncertainValue> { ["x"] = new(60, null, "<img src=x onerror=alert(1)>") },
            [new EvidenceLink("src", "He said </blockquote><script>alert(2)</script>", "position.x", Hostile, new SourceSpan("f", 1, 1)),
             new EvidenceLink("src", Hostile, "member", null, new SourceSpan("f", 1, 1))],
            Hostile, new SourceSpan("f", 1, 1));
        var s = new ScenarioBuilder("hostile", Hostile + " title")
            .Issue("x", 0, 100, statusQuo: 50, name: "Issue " + Hostile)
            .Actor(evil)
            .Actor("good", 20, ("x", 30, 90))
            .Actor("other", 5, ("x", 55, 40))
            .Body("council", ["evil", "good", "other"])
            .Motion("m1", MotionKind.Policy, "council", issue: "x", proposal: 70)
            .Source("src", Hostile)
            .Build() with { AsOf = Hostile };
        var options = new ModelOptions(seed: 3);
        var adjust = new PartialAdjustmentModel().Run(s, options, Core.Randomness.RandomStream.ForRun(3, 0));
        var monteCarlo = MonteCarloRunner.Run(BaselineModel.Compromise, s, options, 200, maxDegreeOfParallelism: 1);
        var hostileResult = WithMotions(s, adjust) with { Model = "adjust" + Hostile, Notes = [Hostile] };
        var sensitivity = SensitivityAnalysis.Run(BaselineModel.Compromise, s, "x", options, 50, maxDegreeOfParallelism: 1);
        var power = new List<BodyPowerRow> { new("council", "evil", 0.5, 0.6), new("council", "good", 0.3, 0.2), new("council", "other", 0.2, 0.2) };
        return new ReportInput(s, [hostileResult, monteCarlo], [sensitivity with { Model = Hostile }], power);
    }
}
