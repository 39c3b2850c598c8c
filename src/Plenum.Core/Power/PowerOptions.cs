namespace Plenum.Core.Power;

/// <summary>Limits and choices for <see cref="PowerIndexCalculator"/>.</summary>
/// <param name="Method">Exact, Monte Carlo, or automatic choice.</param>
/// <param name="MaxExactWork">Largest exact computation attempted, in table-cell operations (about a nanosecond
/// each); beyond it <see cref="PowerMethodChoice.Auto"/> falls back to Monte Carlo.</param>
/// <param name="MaxExactBytes">Largest table the exact programmes may allocate.</param>
/// <param name="EnumerationMaxPlayers">Games with at most this many players (after dropping players without
/// weight) may be solved by looking at every coalition when no counting programme applies.</param>
/// <param name="Samples">Monte Carlo sample size (coalitions or orderings).</param>
/// <param name="Confidence">Probability that every Monte Carlo value lies within the stated error bound.</param>
/// <param name="MinimalWinningLimit">How many minimal winning coalitions to list at most.</param>
public sealed record PowerOptions(
    PowerMethodChoice Method = PowerMethodChoice.Auto,
    double MaxExactWork = 4e10,
    double MaxExactBytes = 2e9,
    int EnumerationMaxPlayers = 30,
    int Samples = 200_000,
    double Confidence = 0.99,
    int MinimalWinningLimit = 100)
{
    /// <summary>Every default.</summary>
    public static PowerOptions Default { get; } = new();
}
