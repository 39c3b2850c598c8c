using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>
/// The fast model against the naive Θ(n³) oracle on random issues of up to 200 actors. Tolerance: 1e-9 of the
/// scale for positions and 1e-9 relative for exponents and probabilities; the two differ only in summation order
/// (notes §6 measured 1.6e-15 relative on P), far below any classification margin in these draws.
/// </summary>
public class BdmOracleTest
{
    private const double Tolerance = 1e-9;

    /// <summary>Random issue on 0–100: half the actors on a grid of 21 positions (so positions coincide), half anywhere.</summary>
    private static (double[] C, double[] S, double[] X) RandomIssue(int n, long seed)
    {
        var random = RandomStream.FromSeed(seed);
        var c = new double[n];
        var s = new double[n];
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            c[i] = 1 + 99 * random.NextDouble();
            s[i] = random.NextInt(101) / 100.0;
            x[i] = i % 2 == 0 ? 5 * random.NextInt(21) : 100 * random.NextDouble();
        }
        x[0] = 0;
        x[1] = 100;
        return (c, s, x);
    }

    private static Scenario ToScenario(double[] c, double[] s, double[] x)
    {
        var b = new ScenarioBuilder("random").Issue("x", 0, 100);
        for (var i = 0; i < x.Length; i++) b.Actor("a" + i, c[i], ("x", x[i], s[i] * 100));
        return b.Build();
    }

    [Theory]
    [InlineData("scholz", 2, 4)]
    [InlineData("scholz", 3, 4)]
    [InlineData("scholz", 10, 6)]
    [InlineData("scholz", 25, 5)]
    [InlineData("scholz", 60, 4)]
    [InlineData("scholz", 120, 3)]
    [InlineData("scholz", 200, 2)]
    [InlineData("paper", 40, 4)]
    [InlineData("masad", 40, 4)]
    [InlineData("eum", 40, 4)]
    [InlineData("schelling", 40, 4)]
    public void Run_RandomIssue_EqualsNaiveOracle(string profile, int n, int rounds)
    {
        foreach (var seed in new long[] { 11, 12, 13 })
        {
            var (c, s, x) = RandomIssue(n, seed * 1000 + n);
            var options = new ModelOptions(new Dictionary<string, string>
            {
                ["bdm.profile"] = profile, ["bdm.rounds"] = rounds.ToString(), ["bdm.stop"] = "cap", ["bdm.detail"] = "moves",
            });
            var result = BdmModel.Instance.Run(ToScenario(c, s, x), options, RandomStream.FromSeed(1));
            var issue = result.Issues.Single();
            var risk = result.Tables.Single(t => t.Name == "risk");
            var oracle = new NaiveBdmOracle(c, s, x, BdmOptions.From(options));
            for (var t = 1; t < issue.Rounds.Count; t++)
            {
                oracle.Step();
                for (var i = 0; i < n; i++)
                {
                    var what = $"{profile} n={n} seed={seed} round {t} actor a{i}";
                    Assert.True(Math.Abs(oracle.X[i] - issue.Rounds[t].Positions["a" + i]) <= Tolerance * 100, $"{what}: position {oracle.X[i]} vs {issue.Rounds[t].Positions["a" + i]}");
                    var r = (double)risk.Rows.Single(row => (int)row[0]! == t && (string)row[2]! == "a" + i)[5]!;
                    BdmFixtures.Close(oracle.R[i], r, Tolerance, what + " exponent");
                }
                BdmFixtures.Close(oracle.Mean(), issue.Rounds[t].Mean, Tolerance, $"{profile} n={n} round {t} mean");
                BdmFixtures.Close(oracle.Median(), issue.Rounds[t].Median, Tolerance, $"{profile} n={n} round {t} median");
            }
        }
    }

    [Theory]
    [InlineData(50)]
    [InlineData(200)]
    public void SupportMatrix_RandomExponents_EqualsNaiveSums(int n)
    {
        var (c, s, x) = RandomIssue(n, 77 + n);
        var w = c.Select((ci, i) => ci * s[i]).ToArray();
        var random = RandomStream.FromSeed(5);
        var r = Enumerable.Range(0, n).Select(_ => 0.5 + 1.5 * random.NextDouble()).ToArray();
        var fast = SuccessProbability.Compute(ProbabilityRule.ScholzCode, x, w, r, 100);
        var slots = fast.Support.SlotOfActor;
        double d = 0;
        var numerators = new double[n, n];
        for (var a = 0; a < n; a++)
        for (var b = 0; b < n; b++)
        for (var k = 0; k < n; k++)
        {
            var v = w[k] * (Math.Pow(Math.Abs(x[k] - x[b]) / 100, r[k]) - Math.Pow(Math.Abs(x[k] - x[a]) / 100, r[k]));
            numerators[a, b] += Math.Max(0, v);
            d += Math.Abs(v);
        }
        BdmFixtures.Close(d, fast.GlobalDenominator, 1e-12, "D");
        for (var a = 0; a < n; a++)
        for (var b = 0; b < n; b++)
        {
            var expected = x[a] == x[b] ? 0 : numerators[a, b] / d;
            Assert.True(Math.Abs(expected - fast.Of(slots[a], slots[b])) <= 1e-12 * Math.Max(expected, 1e-6), $"P({a},{b})");
            Assert.True(Math.Abs(expected - fast.ChallengedBy(slots[b], slots[a])) <= 1e-12 * Math.Max(expected, 1e-6), $"P({a},{b}) by column");
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(37)]
    [InlineData(200)]
    public void LinearSupport_EveryPair_EqualsSupportMatrixAtExponentOne(int n)
    {
        var (c, s, x) = RandomIssue(n, 91 + n);
        var w = c.Select((ci, i) => ci * s[i]).ToArray();
        var matrix = SupportMatrix.Compute(x, w, null, 100);
        var linear = LinearSupport.Compute(x, w, 100);
        Assert.Equal(matrix.SlotOfActor, linear.SlotOfActor);
        Assert.Equal(matrix.Multiplicity, linear.Multiplicity);
        var m = matrix.Size;
        var own = new double[m];
        var partner = new double[m];
        var scale = matrix.SumOverActorPairs() / ((double)n * n);
        for (var p = 0; p < m; p++)
        {
            linear.Fill(p, own, partner);
            for (var q = 0; q < m; q++)
            {
                Assert.True(Math.Abs(matrix[p, q] - own[q]) <= 1e-12 * Math.Max(Math.Abs(matrix[p, q]), scale), $"N({p},{q}) {matrix[p, q]} vs {own[q]}");
                Assert.True(Math.Abs(matrix[q, p] - partner[q]) <= 1e-12 * Math.Max(Math.Abs(matrix[q, p]), scale), $"N({q},{p}) {matrix[q, p]} vs {partner[q]}");
            }
        }
        BdmFixtures.Close(matrix.SumOverActorPairs(), linear.SumOverActorPairs(), 1e-12, "Σ N");
    }
}
