using Plenum.Core.Randomness;

namespace Plenum.Core.Models.Exchange;

/// <summary>A full run: rounds of exchanges, each starting from the positions the previous one left.</summary>
internal static class ExchangeSimulation
{
    /// <summary>Runs <see cref="ExchangeOptions.Rounds"/> rounds from the scenario's positions.</summary>
    /// <param name="ties">The tie breaker for the whole run; by default the one <see cref="ExchangeOptions.Ties"/> names.</param>
    /// <param name="workspace">Buffers shared by the rounds and the thread limit; by default new ones, all cores.</param>
    public static IReadOnlyList<ExchangeRoundOutcome> Run(ExchangeSpace space, ExchangeOptions options, RandomStream random,
        ExchangeTieBreaker? ties = null, ExchangeWorkspace? workspace = null)
    {
        ties ??= ExchangeTieBreaker.For(options, random);
        workspace ??= new ExchangeWorkspace();
        var rounds = new List<ExchangeRoundOutcome>(options.Rounds);
        var start = space.Start;
        for (var r = 0; r < options.Rounds; r++)
        {
            ties.BeginRound(r + 1);
            var outcome = ExchangeRound.Run(space, start, options, random, ties, workspace);
            rounds.Add(outcome);
            start = outcome.NextStart;
        }
        return rounds;
    }
}
