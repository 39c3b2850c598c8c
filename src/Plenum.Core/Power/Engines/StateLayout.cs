namespace Plenum.Core.Power.Engines;

/// <summary>
/// The table of the layered counting programme: one cell per (sum in each layer, coalition size), laid out in
/// mixed radix with the size fastest. A layer whose quota alone decides the game is cut at its quota (states
/// above it are winning and never needed); it is put outermost so a shift past it simply leaves the table.
/// </summary>
internal sealed class StateLayout
{
    private StateLayout(GameRule rule, bool bySize)
    {
        var n = rule.PlayerCount;
        var layers = rule.Layers;
        Truncated = -1;
        var best = -1L;
        for (var l = 0; l < layers.Count; l++)
        {
            if (!rule.IsSufficient(l)) continue;
            var total = layers[l].IntegerWeights!.Sum();
            if (total > best) { best = total; Truncated = l; }
        }
        Order = Enumerable.Range(0, layers.Count).OrderBy(l => l == Truncated ? 0 : 1).ToArray();
        Extents = new long[layers.Count];
        for (var l = 0; l < layers.Count; l++)
        {
            var w = layers[l].IntegerWeights!;
            Extents[l] = l == Truncated ? Math.Max(0, layers[l].IntegerQuota) : w.Sum() + 1;
        }
        RowLength = bySize ? n + 1 : 1;
        RuleStrides = new long[layers.Count];
        var stride = 1L;
        for (var k = Order.Length - 1; k >= 0; k--)
        {
            RuleStrides[Order[k]] = stride;
            stride = SaturatingMultiply(stride, Extents[Order[k]]);
        }
        RuleStates = stride;
        Cells = SaturatingMultiply(RuleStates, RowLength);
        RuleShifts = new long[n];
        for (var i = 0; i < n; i++)
            for (var l = 0; l < layers.Count; l++)
                RuleShifts[i] += layers[l].IntegerWeights![i] * RuleStrides[l];
        Rule = rule;
    }

    public GameRule Rule { get; }

    /// <summary>The layer cut at its quota, or −1.</summary>
    public int Truncated { get; }

    /// <summary>Layers from outermost to innermost.</summary>
    public int[] Order { get; }

    /// <summary>Number of values each layer's sum takes in the table.</summary>
    public long[] Extents { get; }

    public long[] RuleStrides { get; }

    /// <summary>Cells per rule state: n + 1 sizes, or 1 when sizes are not tracked.</summary>
    public int RowLength { get; }

    public long RuleStates { get; }

    public long Cells { get; }

    /// <summary>How far player i moves a rule state (in rule states).</summary>
    public long[] RuleShifts { get; }

    /// <summary>How far player i moves a cell: its rule shift in rows plus one size.</summary>
    public long CellShift(int player) => RuleShifts[player] * RowLength + (RowLength > 1 ? 1 : 0);

    public static StateLayout For(GameRule rule, bool bySize) => new(rule, bySize);

    /// <summary>For every rule state: does a coalition with these sums win?</summary>
    public bool[] WinningStates()
    {
        var win = new bool[RuleStates];
        var layers = Rule.Layers;
        Span<double> sums = stackalloc double[layers.Count];
        for (long r = 0; r < RuleStates; r++)
        {
            for (var l = 0; l < layers.Count; l++) sums[l] = r / RuleStrides[l] % Extents[l];
            win[r] = Rule.WinsWithSums(sums);
        }
        return win;
    }

    /// <summary>Whether adding player i to a coalition in rule state r carries it past the cut layer's quota.</summary>
    public bool CrossesCut(long r, int player)
    {
        if (Truncated < 0) return false;
        var value = r / RuleStrides[Truncated] % Extents[Truncated];
        return value + Rule.Layers[Truncated].IntegerWeights![player] >= Extents[Truncated];
    }

    private static long SaturatingMultiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
}
