namespace Plenum.Core.Power;

/// <summary>
/// A simple (yes/no) voting game: a set of named players and a monotone rule saying which coalitions win.
/// </summary>
/// <remarks>
/// Every game is a Boolean combination of weighted quota layers (<see cref="WeightedGame"/> combined by
/// <see cref="CompoundGame"/>), so the engines can count coalitions over layer sums instead of listing them.
/// </remarks>
public abstract class VotingGame
{
    /// <summary>The players in a fixed order; every result lists them in this order.</summary>
    public abstract IReadOnlyList<string> Players { get; }

    /// <summary>Whether the coalition of the named players wins.</summary>
    public bool Wins(IEnumerable<string> coalition)
    {
        var rule = Compile();
        var index = Players.Select((p, i) => (p, i)).ToDictionary(t => t.p, t => t.i, StringComparer.Ordinal);
        var members = new bool[Players.Count];
        foreach (var name in coalition)
        {
            if (!index.TryGetValue(name, out var i)) throw new ArgumentException($"'{name}' is not a player of this game", nameof(coalition));
            members[i] = true;
        }
        return rule.Wins(members);
    }

    /// <summary>The game as layers over <see cref="Players"/> plus the formula that combines them.</summary>
    internal GameRule Compile() => new(Players.Count, BuildLayers(Players, out var root), root);

    /// <summary>Adds this game's layers (weights laid out over <paramref name="players"/>) and returns its formula.</summary>
    internal abstract List<QuotaLayer> BuildLayers(IReadOnlyList<string> players, out RuleNode root);
}
