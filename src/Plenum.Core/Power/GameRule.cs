namespace Plenum.Core.Power;

/// <summary>A compiled game: quota layers over players 0..n−1 and the formula combining them.</summary>
internal sealed class GameRule
{
    public GameRule(int playerCount, IReadOnlyList<QuotaLayer> layers, RuleNode root)
    {
        PlayerCount = playerCount;
        Layers = layers;
        Root = root;
    }

    public int PlayerCount { get; }

    public IReadOnlyList<QuotaLayer> Layers { get; }

    public RuleNode Root { get; }

    /// <summary>Whether every layer has integer weights (the exact dynamic programmes need that).</summary>
    public bool IsIntegral => Layers.All(l => l.IntegerWeights is not null);

    /// <summary>Whether the game is one weighted layer (the minimal-winning and Johnston programmes need that).</summary>
    public bool IsSingleLayer => Root is RuleNode.Layer;

    /// <summary>Whether the coalition wins.</summary>
    public bool Wins(ReadOnlySpan<bool> members)
    {
        Span<double> sums = stackalloc double[Layers.Count];
        for (var l = 0; l < Layers.Count; l++)
        {
            var w = Layers[l].Weights;
            var s = 0.0;
            for (var i = 0; i < members.Length; i++)
                if (members[i]) s += w[i];
            sums[l] = s;
        }
        return WinsWithSums(sums);
    }

    /// <summary>Whether a coalition with these layer sums wins.</summary>
    public bool WinsWithSums(ReadOnlySpan<double> sums)
    {
        Span<bool> met = stackalloc bool[Layers.Count];
        for (var l = 0; l < Layers.Count; l++) met[l] = sums[l] >= Layers[l].Threshold;
        return Root.Evaluate(met);
    }

    /// <summary>Whether meeting layer <paramref name="layer"/> alone already wins (so states beyond its quota need no tracking).</summary>
    public bool IsSufficient(int layer)
    {
        Span<bool> met = stackalloc bool[Layers.Count];
        met[layer] = true;
        return Root.Evaluate(met);
    }

    /// <summary>Players with zero weight in every layer: they can never change an outcome.</summary>
    public bool IsNull(int player) => Layers.All(l => l.Weights[player] == 0);

    /// <summary>The same rule restricted to the listed players (used to drop null players before counting).</summary>
    public GameRule Restrict(IReadOnlyList<int> keep) =>
        new(keep.Count, Layers.Select(l => l.Restrict(keep)).ToList(), Root);
}
