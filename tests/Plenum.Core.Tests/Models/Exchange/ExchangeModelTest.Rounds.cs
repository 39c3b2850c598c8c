using Plenum.Core.Models;
using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;

namespace Plenum.Core.Tests.Models.Exchange;

public partial class ExchangeModelTest
{
    private static double[] VotingMeans(ExchangeSpace space, ExchangeRoundOutcome round) =>
        Enumerable.Range(0, space.IssueCount).Select(d => space.Denormalise(d, space.Mean(d, round.Voting))).ToArray();

    [Fact]
    public void Run_SampleDataDeterministic_FirstRoundMatchesReferenceTo1e9()
    {
        var result = ExchangeModel.Instance.Run(ExchangeFixtures.SampleData(), ModelOptions.Default, RandomStream.FromSeed(1));

        for (var d = 0; d < ExchangeReference.Issues.Length; d++)
        {
            var issue = Assert.Single(result.Issues, i => i.Id == ExchangeReference.Issues[d]);
            Assert.Equal(ExchangeReference.Start[d], issue.Rounds[0].Mean, 1e-9);
            Assert.Equal(ExchangeReference.Rounds[0].Means[d], issue.Rounds[1].Mean, 1e-9);
        }
        Assert.Equal(39, result.Tables.Single(t => t.Name == "exchanges").Rows.Count(r => (int)r[0]! == 1));
    }

    [Fact]
    public void Run_SampleDataDeterministic_RoundsOneToSevenMatchReferenceTable()
    {
        var space = ExchangeSpace.From(ExchangeFixtures.SampleData());

        var rounds = ExchangeSimulation.Run(space, new ExchangeOptions(Rounds: 7), RandomStream.FromSeed(1));

        for (var r = 0; r < 7; r++)
        {
            Assert.Equal(ExchangeReference.Rounds[r].Exchanges, rounds[r].Executed.Count);
            var means = VotingMeans(space, rounds[r]);
            for (var d = 0; d < space.IssueCount; d++)
                Assert.Equal(ExchangeReference.Rounds[r].Means[d], means[d], r == 0 ? 1e-9 : 5e-5);
        }
    }

    [Fact]
    public void Run_SampleDataDefault_RoundEightTakesTheFirstCreatedOfTiedPair22And158()
    {
        // Round 8 holds the one tie of the run that Decide broke the other way (docs/models/exchange.md §6).
        var space = ExchangeSpace.From(ExchangeFixtures.SampleData());
        var ties = new RecordingTieBreaker(ExchangeTieBreaker.For(new ExchangeOptions(), RandomStream.FromSeed(1)));

        var rounds = ExchangeSimulation.Run(space, new ExchangeOptions(), RandomStream.FromSeed(1), ties);

        Assert.Contains(ties.Seen, t => t.Round == 8 && t.Tied.SequenceEqual([22, 158]) && t.Chosen == 22);
        Assert.Equal(15, ties.Seen.Count);
        Assert.True(Math.Abs(ExchangeReference.Rounds[7].Means[0] - VotingMeans(space, rounds[7])[0]) > 1);
    }

    [Fact]
    public void Run_SampleDataTiePick8At158_AllTenRoundsAndFinalMatchReferenceTable()
    {
        // --set exchange.tie-picks=8:158: Decide's Decimal noise executed #158 before the equally good #22 in
        // round 8; with that one pick scripted, every round and the final start mean match Decide's table
        // (rounds 1 and 10 are printed to 10 decimals, the others to 4).
        var options = new ModelOptions(new Dictionary<string, string> { ["exchange.tie-picks"] = "8:158", ["exchange.forecast"] = "final-mean" });

        var result = ExchangeModel.Instance.Run(ExchangeFixtures.SampleData(), options, RandomStream.FromSeed(1));

        var exchanges = result.Tables.Single(t => t.Name == "exchanges");
        double[] final = [66.5587, 4.1135, 47.8772, 13.1307, 79.9511, 47.6142];
        for (var d = 0; d < ExchangeReference.Issues.Length; d++)
        {
            var issue = Assert.Single(result.Issues, i => i.Id == ExchangeReference.Issues[d]);
            Assert.Equal(ExchangeReference.Start[d], issue.Rounds[0].Mean, 1e-9);
            for (var r = 0; r < 10; r++)
                Assert.Equal(ExchangeReference.Rounds[r].Means[d], issue.Rounds[r + 1].Mean, r is 0 or 9 ? 1e-9 : 5e-5);
            Assert.Equal(final[d], issue.Forecast, 5e-5);
        }
        for (var r = 0; r < 10; r++)
            Assert.Equal(ExchangeReference.Rounds[r].Exchanges, exchanges.Rows.Count(row => (int)row[0]! == r + 1));
        Assert.Equal("8:158", result.Options["exchange.tie-picks"]);
        Assert.Contains("scripted picks 8:158", Assert.Single(result.Notes));
    }

    /// <summary>Passes ties to another breaker and records (round, tied candidates in creation order, choice).</summary>
    private sealed class RecordingTieBreaker(ExchangeTieBreaker inner) : ExchangeTieBreaker
    {
        private int _round;

        public List<(int Round, int[] Tied, int Chosen)> Seen { get; } = [];

        public override void BeginRound(int round) => _round = round;

        public override int Choose(IReadOnlyList<int> tied)
        {
            var chosen = inner.Choose(tied);
            Seen.Add((_round, tied.Order().ToArray(), chosen));
            return chosen;
        }
    }
}
