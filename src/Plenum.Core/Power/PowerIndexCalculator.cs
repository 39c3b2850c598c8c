using System.Globalization;
using Plenum.Core.Power.Engines;
using Plenum.Core.Randomness;

namespace Plenum.Core.Power;

/// <summary>
/// Computes voting power indices of any <see cref="VotingGame"/>, choosing per index the fastest exact method
/// that fits the limits in <see cref="PowerOptions"/> and falling back to Monte Carlo with a stated error bound.
/// </summary>
/// <remarks>
/// Order of preference: counting over weight sums (integer weights; Banzhaf, Penrose and Shapley–Shubik for any
/// compound game, Holler, Deegan–Packel and Johnston for one weighted layer), a decision diagram of residual
/// quotas (Banzhaf, Penrose and Shapley–Shubik with large or real weights, up to 63 players), then looking at
/// every coalition (any game up to <see cref="PowerOptions.EnumerationMaxPlayers"/> players, every index), then sampling. Players with no
/// weight anywhere are null players: they get 0 and are left out of the counting, which changes no other value.
/// </remarks>
public static class PowerIndexCalculator
{
    private static readonly PowerIndex[] SwingIndices = [PowerIndex.ShapleyShubik, PowerIndex.Banzhaf, PowerIndex.Penrose];
    private static readonly PowerIndex[] MinimalIndices = [PowerIndex.Holler, PowerIndex.DeeganPackel];

    /// <summary>One index.</summary>
    public static PowerResult Compute(VotingGame game, PowerIndex index, PowerOptions? options = null, RandomStream? random = null) =>
        Compute(game, [index], options, random);

    /// <summary>Several indices, plus minimal winning coalitions and veto players.</summary>
    /// <param name="random">The stream Monte Carlo draws from; a fixed default seed when null, so runs repeat.</param>
    /// <exception cref="ArgumentException">No coalition wins (the quota exceeds what all players together have).</exception>
    /// <exception cref="PowerComputationException">An exact method was required and none fits the limits.</exception>
    public static PowerResult Compute(VotingGame game, IReadOnlyList<PowerIndex> indices, PowerOptions? options = null, RandomStream? random = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        options ??= PowerOptions.Default;
        random ??= new RandomStream(1);
        var requested = indices.Distinct().ToList();
        var full = game.Compile();
        if (!full.Wins(Enumerable.Repeat(true, full.PlayerCount).ToArray()))
            throw new ArgumentException("no coalition wins: the quota is above what all players together hold", nameof(game));

        var keep = Enumerable.Range(0, full.PlayerCount).Where(i => !full.IsNull(i)).ToArray();
        var rule = full.Restrict(keep);
        var plan = new Plan(rule, requested, options);
        var exact = plan.Exact;
        var sampled = plan.Sampled.Count > 0
            ? PowerSampler.Estimate(rule, plan.Sampled, options.Samples, options.Confidence, random)
            : null;

        var results = new List<IndexResult>();
        foreach (var index in requested)
        {
            var values = new PlayerPower[full.PlayerCount];
            for (var i = 0; i < values.Length; i++) values[i] = new PlayerPower(game.Players[i], 0, sampled is not null && plan.Sampled.Contains(index) ? null : "0", sampled is not null && plan.Sampled.Contains(index) ? null : "1");
            if (plan.Sampled.Contains(index))
            {
                var estimate = sampled!.Values[index];
                for (var k = 0; k < keep.Length; k++) values[keep[k]] = new PlayerPower(game.Players[keep[k]], estimate[k], null, null);
                results.Add(new IndexResult(index, PowerMethod.MonteCarlo, sampled.ErrorBounds[index], options.Samples, values));
                continue;
            }
            var (fractions, method) = exact[index];
            for (var k = 0; k < keep.Length; k++)
            {
                var f = fractions[k];
                values[keep[k]] = new PlayerPower(game.Players[keep[k]], f.ToDouble(),
                    f.Numerator.ToString(CultureInfo.InvariantCulture), f.Denominator.ToString(CultureInfo.InvariantCulture));
            }
            results.Add(new IndexResult(index, method, 0, 0, values));
        }

        return new PowerResult(game.Players, results, plan.MinimalWinning(game.Players, keep), VetoPlayers(full, game.Players),
            plan.Winning is { } w ? (w << (full.PlayerCount - keep.Length)).ToString(CultureInfo.InvariantCulture) : null);
    }

    private static List<string> VetoPlayers(GameRule rule, IReadOnlyList<string> names)
    {
        var all = Enumerable.Repeat(true, rule.PlayerCount).ToArray();
        var veto = new List<string>();
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = false;
            if (!rule.Wins(all)) veto.Add(names[i]);
            all[i] = true;
        }
        return veto;
    }

    /// <summary>Runs, per index, the first exact engine that applies and fits the limits; the rest is sampled.</summary>
    private sealed class Plan
    {
        private readonly GameRule _rule;
        private readonly PowerOptions _options;
        private CoalitionCounts? _enumerated;
        private CoalitionCounts? _minimal;

        public Plan(GameRule rule, List<PowerIndex> requested, PowerOptions options)
        {
            _rule = rule;
            _options = options;
            if (options.Method == PowerMethodChoice.MonteCarlo)
            {
                Sampled.AddRange(requested);
                return;
            }
            var n = rule.PlayerCount;
            var fitsLanes = n + 1 <= ModularLanes.MaxBits;
            var pending = new List<PowerIndex>(requested);
            var swingIndices = requested.Intersect(SwingIndices).ToList();
            var needSizes = requested.Contains(PowerIndex.ShapleyShubik);
            CoalitionCounts? swings = null;
            if (swingIndices.Count > 0 && rule.IsIntegral && fitsLanes)
            {
                var (work, bytes) = SwingCounter.Cost(rule, needSizes);
                if (work <= options.MaxExactWork && bytes <= options.MaxExactBytes)
                {
                    var banded = needSizes && rule.IsSingleLayer && rule.Layers[0].IntegerQuota * (n + 1.0) < int.MaxValue;
                    var counts = banded ? SizeBandCounter.Count(rule) : SwingCounter.Count(rule, needSizes);
                    swings = new CoalitionCounts { PlayerCount = n, Swings = counts.Swings, Winning = counts.Winning };
                    Serve(swingIndices, swings, PowerMethod.DynamicProgramming, pending);
                }
            }
            if (swings is null && swingIndices.Count > 0 && n <= 63)
            {
                var maxNodes = (long)Math.Min(options.MaxExactBytes / (16.0 * (n + 1)), options.MaxExactWork / (n * (double)n));
                swings = DecisionDiagramCounter.Count(rule, needSizes, maxNodes);
                if (swings is not null) Serve(swingIndices, swings, PowerMethod.DecisionDiagram, pending);
            }
            Winning = swings?.Winning;

            var minimalIndices = requested.Intersect(MinimalIndices).ToList();
            if (minimalIndices.Count > 0 && rule.IsIntegral && rule.IsSingleLayer && fitsLanes)
            {
                var sized = requested.Contains(PowerIndex.DeeganPackel);
                var q = rule.Layers[0].IntegerQuota;
                if (MinimalWinningCounter.Cost(rule, sized) <= options.MaxExactWork && q * 8.0 * (sized ? n + 1 : 1) <= options.MaxExactBytes)
                {
                    var empty = new CoalitionCounts { PlayerCount = n, Swings = [] };
                    _minimal = MinimalWinningCounter.Count(rule, sized, swings ?? empty);
                    Serve(minimalIndices, _minimal, PowerMethod.DynamicProgramming, pending);
                }
            }

            if (requested.Contains(PowerIndex.Johnston) && rule.IsIntegral && rule.IsSingleLayer && fitsLanes
                && JohnstonCounter.Cost(rule) <= options.MaxExactWork)
            {
                var critical = new CoalitionCounts { PlayerCount = n, Swings = [], CriticalByCount = JohnstonCounter.Count(rule) };
                Serve([PowerIndex.Johnston], critical, PowerMethod.DynamicProgramming, pending);
            }

            var enumerable = n <= Math.Min(options.EnumerationMaxPlayers, 40)
                && CoalitionEnumerator.Cost(n, true) <= options.MaxExactWork
                && Math.Pow(2, Math.Max(0, n - 6)) * 8 <= options.MaxExactBytes;
            // Small games are enumerated anyway, for the count and list of minimal winning coalitions.
            var cheap = n <= Math.Min(options.EnumerationMaxPlayers, 22);
            if (enumerable && (pending.Count > 0 || (_minimal is null && cheap)))
            {
                _enumerated = CoalitionEnumerator.Count(rule, true, options.MinimalWinningLimit);
                Winning ??= _enumerated.Winning;
                Serve(pending.ToList(), _enumerated, PowerMethod.Enumeration, pending);
            }
            Sampled.AddRange(pending);
            if (Sampled.Count > 0 && options.Method == PowerMethodChoice.Exact)
                throw new PowerComputationException(
                    $"no exact method fits the limits for {string.Join(", ", Sampled)} with {n} players; raise MaxExactWork or allow Monte Carlo");
        }

        public Dictionary<PowerIndex, (Fraction[] Values, PowerMethod Method)> Exact { get; } = [];
        public List<PowerIndex> Sampled { get; } = [];
        public System.Numerics.BigInteger? Winning { get; }

        private void Serve(List<PowerIndex> indices, CoalitionCounts counts, PowerMethod method, List<PowerIndex> pending)
        {
            foreach (var index in indices)
            {
                Exact[index] = (Values(index, counts), method);
                pending.Remove(index);
            }
        }

        public MinimalWinningCoalitions MinimalWinning(IReadOnlyList<string> names, int[] keep)
        {
            var count = _enumerated?.MinimalWinning ?? _minimal?.MinimalWinning;
            List<int[]> listed;
            bool complete;
            if (_enumerated?.MinimalListed is { } fromEnumeration)
            {
                listed = fromEnumeration;
                complete = count is { } c && c <= listed.Count;
            }
            else if (_options.MinimalWinningLimit == 0)
            {
                (listed, complete) = ([], count is { } c && c.IsZero);
            }
            else
            {
                (listed, complete) = MinimalWinningLister.List(_rule, _options.MinimalWinningLimit);
                if (count is { } c && c > listed.Count) complete = false;
            }
            if (complete) count ??= listed.Count;
            var named = listed.Select(m => (IReadOnlyList<string>)m.Select(k => names[keep[k]]).ToList()).ToList();
            return new MinimalWinningCoalitions(count?.ToString(CultureInfo.InvariantCulture), named, complete);
        }

        private static Fraction[] Values(PowerIndex index, CoalitionCounts counts) => index switch
        {
            PowerIndex.ShapleyShubik => IndexFormulas.ShapleyShubik(counts),
            PowerIndex.Banzhaf => IndexFormulas.Banzhaf(counts),
            PowerIndex.Penrose => IndexFormulas.Penrose(counts),
            PowerIndex.Holler => IndexFormulas.Holler(counts),
            PowerIndex.DeeganPackel => IndexFormulas.DeeganPackel(counts),
            _ => IndexFormulas.Johnston(counts),
        };
    }
}
