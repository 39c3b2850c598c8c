namespace Plenum.Core.Power;

/// <summary>Everything computed for one game, ready to print: players in game order, one entry per index.</summary>
/// <param name="Players">The game's players, in order.</param>
/// <param name="Indices">The requested indices, in the order asked.</param>
/// <param name="MinimalWinning">The minimal winning coalitions: count and (up to a limit) the list.</param>
/// <param name="VetoPlayers">Players without whom no coalition wins.</param>
/// <param name="WinningCoalitions">The number of winning coalitions (decimal digits), when an exact method counted them.</param>
public sealed record PowerResult(
    IReadOnlyList<string> Players,
    IReadOnlyList<IndexResult> Indices,
    MinimalWinningCoalitions MinimalWinning,
    IReadOnlyList<string> VetoPlayers,
    string? WinningCoalitions)
{
    /// <summary>The result for one index (throws when it was not requested).</summary>
    public IndexResult this[PowerIndex index] => Indices.First(i => i.Index == index);
}

/// <summary>One index for every player.</summary>
/// <param name="Method">How it was computed.</param>
/// <param name="ErrorBound">0 for exact methods; for Monte Carlo the half-width that holds for all players at
/// once with probability <see cref="PowerOptions.Confidence"/>.</param>
/// <param name="Samples">Monte Carlo sample size, 0 for exact methods.</param>
/// <param name="Values">One value per player, in player order.</param>
public sealed record IndexResult(PowerIndex Index, PowerMethod Method, double ErrorBound, long Samples, IReadOnlyList<PlayerPower> Values)
{
    /// <summary>The value of the named player.</summary>
    public PlayerPower this[string player] => Values.First(v => v.Player == player);
}

/// <summary>A player's value; exact methods also give the reduced fraction as decimal strings.</summary>
public sealed record PlayerPower(string Player, double Value, string? Numerator, string? Denominator)
{
    /// <summary>"n/d" for exact values, otherwise the double in round-trip form.</summary>
    public string Exact => Numerator is null ? Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : $"{Numerator}/{Denominator}";
}

/// <summary>Minimal winning coalitions (every member is needed).</summary>
/// <param name="Count">Their number in decimal digits, or null when no exact method counted them.</param>
/// <param name="Listed">Up to <see cref="PowerOptions.MinimalWinningLimit"/> of them, members in player order.</param>
/// <param name="Complete">Whether <paramref name="Listed"/> holds all of them.</param>
public sealed record MinimalWinningCoalitions(string? Count, IReadOnlyList<IReadOnlyList<string>> Listed, bool Complete);
