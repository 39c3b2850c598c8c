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
    public void Run_SampleDataDeterministic_RoundsOneToFourMatchReferenceTable()
    {
        var space = ExchangeSpace.From(ExchangeFixtures.SampleData());

        var rounds = ExchangeSimulation.Run(space, new ExchangeOptions(Rounds: 4), RandomStream.FromSeed(1));

        for (var r = 0; r < 4; r++)
        {
            Assert.Equal(ExchangeReference.Rounds[r].Exchanges, rounds[r].Executed.Count);
            var means = VotingMeans(space, rounds[r]);
            for (var d = 0; d < space.IssueCount; d++)
                Assert.Equal(ExchangeReference.Rounds[r].Means[d], means[d], r == 0 ? 1e-9 : 5e-5);
        }
    }
}
