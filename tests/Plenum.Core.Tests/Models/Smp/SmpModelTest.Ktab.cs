using Plenum.Core.Models.Smp;

namespace Plenum.Core.Tests.Models.Smp;

public partial class SmpModelTest
{
    // Positions are printed with 4 decimals on 0–100 and are exact to 2 (KTAB rounds to 4 decimals on 0–1).
    private const double PositionTolerance = 1e-6;
    // "prob :" values have 4 decimals.
    private const double ProbabilityTolerance = 0.5e-4 + 1e-9;

    [Fact]
    public void Run_DummyData3Dim_MatchesKtabReferenceLogEveryTurn()
    {
        var log = KtabReferenceLog.Load("ktab-dummyData_3Dim.json");
        var run = SmpModel.Simulate(SmpFixtures.Csv("dummyData_3Dim.csv"), SmpOptions.Default);

        Assert.Equal(log.States, run.States.Count);
        AssertPositions(log, run);
        AssertProbabilities(log, run);
        AssertRiskAttitudes(log, run);
        AssertTargets(log, run);
        Assert.True(run.Converged);
    }

    private static void AssertPositions(KtabReferenceLog log, SmpRun run)
    {
        var m = run.States[0].Positions.Length / log.Actors.Length;
        foreach (var turn in log.Turns)
            for (var i = 0; i < log.Actors.Length; i++)
                for (var k = 0; k < m; k++)
                {
                    var actual = 100 * run.States[turn.Turn + 1].Positions[i * m + k];
                    Assert.True(Math.Abs(turn.Positions[i][k] - actual) <= PositionTolerance,
                        $"turn {turn.Turn}, actor {i}, dim {k}: KTAB {turn.Positions[i][k]}, Plenum {actual}");
                }
    }

    private static void AssertProbabilities(KtabReferenceLog log, SmpRun run)
    {
        for (var t = 0; t < log.States; t++)
            for (var i = 0; i < log.Actors.Length; i++)
            {
                var actual = run.States[t].ActorProbability(i, 1e-3);
                Assert.True(Math.Abs(log.Probabilities[i][t] - actual) <= ProbabilityTolerance,
                    $"state {t}, actor {i}: KTAB {log.Probabilities[i][t]}, Plenum {actual}");
            }
    }

    private static void AssertRiskAttitudes(KtabReferenceLog log, SmpRun run)
    {
        for (var t = 0; t < log.RiskAttitudes.Length; t++)
            for (var i = 0; i < log.Actors.Length; i++)
                Assert.True(Math.Abs(log.RiskAttitudes[t][i] - run.States[t].Risk[i]) <= 0.5e-3 + 1e-9,
                    $"state {t}, actor {i}: KTAB R {log.RiskAttitudes[t][i]}, Plenum {run.States[t].Risk[i]}");
    }

    private static void AssertTargets(KtabReferenceLog log, SmpRun run)
    {
        foreach (var turn in log.Turns)
            foreach (var target in turn.Targets)
            {
                var (j, _, gain) = run.Turns[turn.Turn].Challenges[target.Actor];
                Assert.Equal(target.TargetActor, j);
                Assert.True(Math.Abs(target.Worth - gain) <= 0.5e-3 + 1e-9, $"turn {turn.Turn}, actor {target.Actor}: worth {target.Worth} vs {gain}");
            }
    }
}
