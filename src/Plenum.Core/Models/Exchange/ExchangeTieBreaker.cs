using Plenum.Core.Randomness;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// Chooses which of several tied candidate exchanges is executed. The tied list holds candidate
/// indices (creation order) sorted by gain, highest first, then by index. One instance serves a whole run,
/// so it may count ties.
/// </summary>
internal abstract class ExchangeTieBreaker
{
    /// <summary>Returns one element of <paramref name="tied"/>.</summary>
    public abstract int Choose(IReadOnlyList<int> tied);

    /// <summary>The breaker named by the options: first created, or uniform from <paramref name="random"/>.</summary>
    public static ExchangeTieBreaker For(TieRule rule, RandomStream random) =>
        rule == TieRule.Random ? new RandomTieBreaker(random) : new FirstCreatedTieBreaker();

    private sealed class FirstCreatedTieBreaker : ExchangeTieBreaker
    {
        public override int Choose(IReadOnlyList<int> tied)
        {
            var first = tied[0];
            foreach (var k in tied) if (k < first) first = k;
            return first;
        }
    }

    private sealed class RandomTieBreaker(RandomStream random) : ExchangeTieBreaker
    {
        public override int Choose(IReadOnlyList<int> tied) => tied[random.NextInt(tied.Count)];
    }
}
