using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>
/// Reusing one workspace from run to run (as a Monte Carlo thread does) against a fresh workspace per run: the
/// same trajectory and tables to the last bit, whatever the previous runs left in the buffers, including issues
/// of other sizes and the large-issue paths that allocate afresh.
/// </summary>
public class BdmWorkspaceTest
{
    private static BdmIssueInput RandomIssue(int n, long seed)
    {
        var random = RandomStream.FromSeed(seed);
        var b = new ScenarioBuilder("random").Issue("x", 0, 100);
        for (var i = 0; i < n; i++)
        {
            // A third on a grid of 11 positions, so that actors share positions and meet as the rounds go.
            var x = i == 0 ? 0 : i == n - 1 ? 100 : i % 3 == 0 ? 10 * random.NextInt(11) : 100 * random.NextDouble();
            b.Actor("a" + i, 1 + 99 * random.NextDouble(), ("x", x, random.NextInt(101)));
        }
        var scenario = b.Build();
        return BdmIssueInput.For(scenario, scenario.Issues[0], RangeRule.Initial);
    }

    [Theory]
    [InlineData("scholz", "none")]
    [InlineData("scholz", "full")]
    [InlineData("paper", "none")]
    [InlineData("masad", "moves")]
    [InlineData("schelling", "none")]
    public void Run_ReusedWorkspace_MatchesFreshWorkspace(string profile, string detail)
    {
        var options = BdmOptions.From(new ModelOptions(new Dictionary<string, string>
        {
            ["bdm.profile"] = profile,
            ["bdm.detail"] = detail,
            ["bdm.rounds"] = "12",
        }));
        using var shared = new BdmWorkspace();
        var seed = 0;
        foreach (var n in new[] { 26, 7, 26, 140, 26, 2, 40 })
        {
            var input = RandomIssue(n, 31 * ++seed + n);
            var freshTables = new BdmTables();
            var reusedTables = new BdmTables();
            var fresh = BdmIssueRun.Run(input, options, freshTables, null);
            var reused = BdmIssueRun.Run(input, options, reusedTables, null, shared);

            Assert.Equal(fresh.Forecast, reused.Forecast);
            Assert.Equal(fresh.Convergence, reused.Convergence);
            Assert.Equal(fresh.Rounds.Count, reused.Rounds.Count);
            for (var t = 0; t < fresh.Rounds.Count; t++)
            {
                Assert.Equal(fresh.Rounds[t].Median, reused.Rounds[t].Median);
                Assert.Equal(fresh.Rounds[t].Positions.Values, reused.Rounds[t].Positions.Values);
            }
            AssertSameRows(freshTables.Risk, reusedTables.Risk);
            AssertSameRows(freshTables.Offers, reusedTables.Offers);
            AssertSameRows(freshTables.Utilities, reusedTables.Utilities);
        }
    }

    private static void AssertSameRows(List<IReadOnlyList<object?>> expected, List<IReadOnlyList<object?>> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var k = 0; k < expected.Count; k++) Assert.Equal(expected[k], actual[k]);
    }

    [Fact]
    public void Fill_TiedPositions_GroupsActorsBySlotInInputOrder()
    {
        var slots = new PositionSlots().Fill([5.0, 1.0, 5.0, 3.0, 1.0]);

        Assert.Equal([1.0, 3.0, 5.0], slots.Distinct);
        Assert.Equal([2, 1, 2], slots.Multiplicity);
        Assert.Equal([2, 0, 2, 1, 0], slots.SlotOfActor);
        Assert.Equal([0, 2, 3, 5], slots.First);
        Assert.Equal([0, 2, 3, 5], slots.Start);
        Assert.Equal([1, 4, 3, 0, 2], slots.Members);
    }

    [Fact]
    public void Fill_FewerDistinctPositions_GivesArraysOfExactLength()
    {
        var slots = new PositionSlots();
        slots.Fill([4.0, 2.0, 9.0, 7.0]);
        slots.Fill([4.0, 4.0, 9.0, 4.0]);

        Assert.Equal(2, slots.Size);
        Assert.Equal([4.0, 9.0], slots.Distinct);
        Assert.Equal([3, 1], slots.Multiplicity);
        Assert.Equal([0, 0, 1, 0], slots.SlotOfActor);
        Assert.Equal([0, 3, 4], slots.Start);
        Assert.Equal([0, 1, 3, 2], slots.Members);
    }
}
