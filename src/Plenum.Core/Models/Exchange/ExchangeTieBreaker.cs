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

    /// <summary>Called before each round (1-based), for breakers whose choice depends on the round.</summary>
    public virtual void BeginRound(int round)
    {
    }

    /// <summary>
    /// The breaker the options name: first created, or uniform from <paramref name="random"/>; with
    /// <see cref="ExchangeOptions.TiePicks"/>, those picks first.
    /// </summary>
    public static ExchangeTieBreaker For(ExchangeOptions options, RandomStream random)
    {
        ExchangeTieBreaker rule = options.Ties == TieRule.Random ? new RandomTieBreaker(random) : new FirstCreatedTieBreaker();
        return options.TiePicks is { Count: > 0 } picks ? new ScriptedTieBreaker(picks, rule) : rule;
    }

    private sealed class FirstCreatedTieBreaker : ExchangeTieBreaker
    {
        public override int Choose(IReadOnlyList<int> tied)
        {
            var first = tied[0];
            foreach (var k in tied) if (k < first) first = k;
            return first;
        }
    }

    /// <summary>Applies the scripted picks of the current round; every other tie goes to <paramref name="rule"/>.</summary>
    private sealed class ScriptedTieBreaker(IReadOnlyList<TiePick> picks, ExchangeTieBreaker rule) : ExchangeTieBreaker
    {
        private int _round;

        public override void BeginRound(int round)
        {
            _round = round;
            rule.BeginRound(round);
        }

        public override int Choose(IReadOnlyList<int> tied)
        {
            foreach (var pick in picks)
                if (pick.Round == _round && tied.Contains(pick.Candidate)) return pick.Candidate;
            return rule.Choose(tied);
        }
    }

    private sealed class RandomTieBreaker(RandomStream random) : ExchangeTieBreaker
    {
        public override int Choose(IReadOnlyList<int> tied) => tied[random.NextInt(tied.Count)];
    }
}
