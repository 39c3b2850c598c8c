using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;
using Xunit.Abstractions;

namespace Plenum.Core.Tests.Models.Exchange;

public class ScratchTest(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        var space = ExchangeSpace.From(ExchangeFixtures.SampleData());
        var opts = new ExchangeOptions();
        var rounds = ExchangeSimulation.Run(space, opts, RandomStream.FromSeed(1));
        var r1 = rounds[0];
        output.WriteLine($"cands {r1.CandidateCount} valid {r1.ValidAtCreation} sum {r1.InitialGains.Sum():R} top {string.Join(" ", r1.InitialGains.OrderByDescending(g => g).Take(5))}");
        foreach (var r in rounds)
        {
            var means = Enumerable.Range(0, space.IssueCount).Select(d => space.Denormalise(d, space.Mean(d, r.Voting)).ToString("F4"));
            output.WriteLine($"{r.Executed.Count} ties {r.Ties}: {string.Join(" ", means)}");
        }
        var last = rounds[^1];
        output.WriteLine("final " + string.Join(" ", Enumerable.Range(0, space.IssueCount).Select(d => space.Denormalise(d, space.Mean(d, last.NextStart)).ToString("F4"))));
    }
}
