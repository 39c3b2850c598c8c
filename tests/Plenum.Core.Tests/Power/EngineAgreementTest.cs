using Plenum.Core.Power;
using Plenum.Core.Power.Engines;
using Plenum.Core.Randomness;

namespace Plenum.Core.Tests.Power;

/// <summary>Every exact engine against the brute-force oracle on random weighted and compound games.</summary>
public class EngineAgreementTest
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Engines_RandomGame_AgreeWithBruteForce(int seed)
    {
        var random = new RandomStream((ulong)seed);
        var game = RandomGame(random);
        var oracle = BruteForcePower.All(game);
        var rule = game.Compile();
        Assert.True(rule.IsIntegral);

        var enumerated = CoalitionEnumerator.Count(rule, full: true, listLimit: 1000);
        AssertSame(oracle, enumerated, PowerIndex.Banzhaf, PowerIndex.Penrose, PowerIndex.ShapleyShubik, PowerIndex.Holler, PowerIndex.DeeganPackel, PowerIndex.Johnston);

        var counted = SwingCounter.Count(rule, bySize: true);
        AssertSame(oracle, new CoalitionCounts { PlayerCount = rule.PlayerCount, Swings = counted.Swings }, PowerIndex.Banzhaf, PowerIndex.ShapleyShubik);
        Assert.Equal(enumerated.Winning, counted.Winning);

        var diagram = DecisionDiagramCounter.Count(rule, bySize: true, maxNodes: 1_000_000)!;
        AssertSame(oracle, diagram, PowerIndex.Banzhaf, PowerIndex.Penrose, PowerIndex.ShapleyShubik);
        Assert.Equal(enumerated.Winning, diagram.Winning);

        if (rule.IsSingleLayer)
        {
            var banded = SizeBandCounter.Count(rule);
            AssertSame(oracle, new CoalitionCounts { PlayerCount = rule.PlayerCount, Swings = banded.Swings }, PowerIndex.Banzhaf, PowerIndex.ShapleyShubik);
            Assert.Equal(enumerated.Winning, banded.Winning);
            var minimal = MinimalWinningCounter.Count(rule, bySize: true, enumerated);
            AssertSame(oracle, minimal, PowerIndex.Holler, PowerIndex.DeeganPackel);
            var johnston = new CoalitionCounts { PlayerCount = rule.PlayerCount, Swings = [], CriticalByCount = JohnstonCounter.Count(rule) };
            AssertSame(oracle, johnston, PowerIndex.Johnston);
            Assert.Equal(enumerated.MinimalWinning, minimal.MinimalWinning);
        }
        var (listed, complete) = MinimalWinningLister.List(rule, 1000);
        Assert.True(complete);
        Assert.Equal(enumerated.MinimalWinning, listed.Count);
        Assert.Equal(enumerated.MinimalListed!.Select(m => string.Join(",", m)).Order(), listed.Select(m => string.Join(",", m)).Order());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_MonteCarlo_WithinStatedBound(int seed)
    {
        var random = new RandomStream((ulong)seed);
        var game = RandomGame(random);
        var oracle = BruteForcePower.All(game);
        var all = Enum.GetValues<PowerIndex>();
        var result = PowerIndexCalculator.Compute(game, all, new PowerOptions(Method: PowerMethodChoice.MonteCarlo, Samples: 20_000), random);
        foreach (var index in all)
        {
            var r = result[index];
            Assert.Equal(PowerMethod.MonteCarlo, r.Method);
            for (var i = 0; i < game.Players.Count; i++)
            {
                var (num, den) = oracle[index][i];
                Assert.True(Math.Abs((double)num / (double)den - r.Values[i].Value) <= r.ErrorBound,
                    $"{index} player {i}: exact {(double)num / (double)den}, sampled {r.Values[i].Value}, bound {r.ErrorBound}");
            }
        }
    }

    [Fact]
    public void Engines_HundredPlayers_ResidueLanesAgreeAndShapleyShubikSumsToOne()
    {
        var random = new RandomStream(99);
        var weights = Enumerable.Range(0, 100).Select(_ => (long)(1 + random.NextInt(30))).ToList();
        var game = new WeightedGame(weights.Sum() / 2 + 1, weights);
        var rule = game.Compile();
        var general = SwingCounter.Count(rule, bySize: true);
        var banded = SizeBandCounter.Count(rule);
        Assert.Equal(general.Winning, banded.Winning);
        for (var i = 0; i < 100; i++) Assert.Equal(general.Swings[i], banded.Swings[i]);
        var ss = IndexFormulas.ShapleyShubik(new CoalitionCounts { PlayerCount = 100, Swings = banded.Swings });
        var sum = ss.Aggregate((Num: System.Numerics.BigInteger.Zero, Den: System.Numerics.BigInteger.One),
            (a, f) => (a.Num * f.Denominator + f.Numerator * a.Den, a.Den * f.Denominator));
        Assert.Equal(sum.Num, sum.Den);
        // Self-dual majority game with an odd total or not: Σ swings = Σ over winning coalitions of their critical members; compare with sampling.
        var sampled = PowerIndexCalculator.Compute(game, PowerIndex.Penrose, new PowerOptions(Method: PowerMethodChoice.MonteCarlo, Samples: 20_000), random);
        var exact = PowerIndexCalculator.Compute(game, PowerIndex.Penrose);
        Assert.Equal(PowerMethod.DynamicProgramming, exact[PowerIndex.Penrose].Method);
        for (var i = 0; i < 100; i++)
            Assert.True(Math.Abs(exact[PowerIndex.Penrose].Values[i].Value - sampled[PowerIndex.Penrose].Values[i].Value) <= sampled[PowerIndex.Penrose].ErrorBound);
    }

    /// <summary>A weighted game, or an AND/OR of two or three over overlapping players, 5–12 players.</summary>
    internal static VotingGame RandomGame(RandomStream random)
    {
        var n = 5 + random.NextInt(8);
        var names = Enumerable.Range(0, n).Select(i => $"v{i}").ToList();
        WeightedGame Part()
        {
            var members = names.Where(_ => random.NextInt(4) != 0).ToList();
            if (members.Count == 0) members.Add(names[0]);
            var weights = members.Select(_ => (long)(1 + random.NextInt(random.NextInt(2) == 0 ? 5 : 40))).ToList();
            var quota = Math.Max(1, (long)(weights.Sum() * (0.4 + 0.5 * random.NextDouble())));
            return new WeightedGame(quota, weights, members);
        }
        var parts = 1 + random.NextInt(3);
        if (parts == 1) return new WeightedGame(names.Count, Enumerable.Repeat(2L, n).ToList(), names) is var g && random.NextInt(2) == 0 ? g : Part() is var p && p.Players.Count == n ? p : Part();
        var games = Enumerable.Range(0, parts).Select(_ => (VotingGame)Part()).ToArray();
        return random.NextInt(2) == 0 ? CompoundGame.And(games) : CompoundGame.Or(games);
    }

    private static void AssertSame(Dictionary<PowerIndex, (System.Numerics.BigInteger Num, System.Numerics.BigInteger Den)[]> oracle,
        CoalitionCounts counts, params PowerIndex[] indices)
    {
        foreach (var index in indices)
        {
            var got = index switch
            {
                PowerIndex.Banzhaf => IndexFormulas.Banzhaf(counts),
                PowerIndex.Penrose => IndexFormulas.Penrose(counts),
                PowerIndex.ShapleyShubik => IndexFormulas.ShapleyShubik(counts),
                PowerIndex.Holler => IndexFormulas.Holler(counts),
                PowerIndex.DeeganPackel => IndexFormulas.DeeganPackel(counts),
                _ => IndexFormulas.Johnston(counts),
            };
            for (var i = 0; i < got.Length; i++)
                Assert.True(got[i].Numerator * oracle[index][i].Den == oracle[index][i].Num * got[i].Denominator,
                    $"{index} player {i}: {got[i].Numerator}/{got[i].Denominator} vs {oracle[index][i].Num}/{oracle[index][i].Den}");
        }
    }
}
