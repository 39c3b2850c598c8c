namespace Plenum.Core.Power;

/// <summary>
/// A weighted voting game [q; w₁, …, wₙ]: a coalition wins when its members' weights add up to at least the quota.
/// </summary>
/// <remarks>
/// Weights and quota may be any non-negative finite numbers. Integer weights (or decimals with up to six places,
/// which are scaled to integers) allow the exact dynamic programmes; other weights are handled by enumeration
/// or Monte Carlo.
/// </remarks>
public sealed class WeightedGame : VotingGame
{
    private readonly string[] _players;
    private readonly double[] _weights;

    /// <summary>Creates the game [quota; weights]; names default to P1, P2, ….</summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite, the quota is not positive,
    /// names repeat or their number differs from the number of weights.</exception>
    public WeightedGame(double quota, IReadOnlyList<double> weights, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0) throw new ArgumentException("a game needs at least one player", nameof(weights));
        if (!double.IsFinite(quota) || quota <= 0) throw new ArgumentException($"the quota must be positive and finite, not {quota}", nameof(quota));
        foreach (var w in weights)
            if (!double.IsFinite(w) || w < 0) throw new ArgumentException($"weights must be finite and non-negative, not {w}", nameof(weights));
        names ??= Enumerable.Range(1, weights.Count).Select(i => $"P{i}").ToList();
        if (names.Count != weights.Count) throw new ArgumentException($"{names.Count} names for {weights.Count} weights", nameof(names));
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"player '{duplicate.Key}' appears twice", nameof(names));
        Quota = quota;
        _weights = weights.ToArray();
        _players = names.ToArray();
    }

    /// <summary>Creates the game [quota; weights] from integer weights.</summary>
    public WeightedGame(long quota, IReadOnlyList<long> weights, IReadOnlyList<string>? names = null)
        : this(quota, weights.Select(w => (double)w).ToList(), names)
    {
    }

    /// <summary>The weight a coalition needs to win.</summary>
    public double Quota { get; }

    /// <summary>Each player's weight, in player order.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <inheritdoc />
    public override IReadOnlyList<string> Players => _players;

    internal override List<QuotaLayer> BuildLayers(IReadOnlyList<string> players, out RuleNode root)
    {
        var index = players.Select((p, i) => (p, i)).ToDictionary(t => t.p, t => t.i, StringComparer.Ordinal);
        var laid = new double[players.Count];
        for (var i = 0; i < _players.Length; i++) laid[index[_players[i]]] = _weights[i];
        root = new RuleNode.Layer(0);
        return [QuotaLayer.Create(laid, Quota)];
    }
}
