namespace Plenum.Core.Power;

/// <summary>
/// A game made of other games over (possibly overlapping) sets of players: an intersection (every part must
/// approve, e.g. a double majority of members and population, or the Politburo and then the plenum) or a union
/// (any part suffices, e.g. the EU rule "15 states and 65 % of the population, or 24 states").
/// </summary>
/// <remarks>
/// Players are matched by name; the compound's players are the union of the parts' players in order of first
/// appearance. A player missing from a part has no weight there.
/// </remarks>
public sealed class CompoundGame : VotingGame
{
    private readonly VotingGame[] _parts;
    private readonly string[] _players;

    private CompoundGame(bool requireAll, VotingGame[] parts)
    {
        if (parts.Length == 0) throw new ArgumentException("a compound game needs at least one part", nameof(parts));
        RequiresAll = requireAll;
        _parts = parts;
        _players = parts.SelectMany(p => p.Players).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The intersection: a coalition wins when it wins in every part.</summary>
    public static CompoundGame And(params VotingGame[] parts) => new(true, parts);

    /// <summary>The union: a coalition wins when it wins in at least one part.</summary>
    public static CompoundGame Or(params VotingGame[] parts) => new(false, parts);

    /// <summary>True for <see cref="And"/>, false for <see cref="Or"/>.</summary>
    public bool RequiresAll { get; }

    /// <summary>The combined games.</summary>
    public IReadOnlyList<VotingGame> Parts => _parts;

    /// <inheritdoc />
    public override IReadOnlyList<string> Players => _players;

    internal override List<QuotaLayer> BuildLayers(IReadOnlyList<string> players, out RuleNode root)
    {
        var layers = new List<QuotaLayer>();
        var children = new List<RuleNode>();
        foreach (var part in _parts)
        {
            var partLayers = part.BuildLayers(players, out var partRoot);
            children.Add(partRoot.Shifted(layers.Count));
            layers.AddRange(partLayers);
        }
        root = RequiresAll ? new RuleNode.All(children) : new RuleNode.Any(children);
        return layers;
    }
}
