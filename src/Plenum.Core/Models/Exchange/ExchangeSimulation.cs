using Plenum.Core.Randomness;

namespace Plenum.Core.Models.Exchange;

/// <summary>A full run: rounds of exchanges, each starting from the positions the previous one left.</summary>
internal static class ExchangeSimulation
{
    /// <summary>Runs <see cref="ExchangeOptions.Rounds"/> rounds from the scenario's positions.</summary>
    /// <param name="ties">The tie breaker for the whole run; by default the one <see cref="ExchangeOptions.Ties"/> names.</param>
    public static IReadOnlyList<ExchangeRoundOutcome> Run(ExchangeSpace space, ExchangeOptions options, RandomStream random,
        ExchangeTieBreaker? ties = null)
    {
        ties ??= ExchangeTieBreaker.For(options, random);
        var rounds = new List<ExchangeRoundOutcome>(options.Rounds);
        var start = space.Start;
        for (var r = 0; r < options.Rounds; r++)
        {
            ties.BeginRound(r + 1);
            var outcome = ExchangeRound.Run(space, start, options, random, ties);
            rounds.Add(outcome);
            start = outcome.NextStart;
        }
        return rounds;
    }
}
