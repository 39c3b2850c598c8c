using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>
/// The exact shortcuts of a large round against the plain computations: the nearest-first offer search against
/// the full scan (the same accepted offer, bit for bit, every round), the power-free bound on b against b itself,
/// and the closed-form pass-1 securities against the naive oracle's direct sums.
/// </summary>
public class OfferSearchTest
{
    /// <summary>Random issue: a third of the actors on a grid of 21 positions (ties in distance), the rest anywhere.</summary>
    private static BdmIssueInput RandomIssue(int n, long seed, double salienceScale)
    {
        var random = RandomStream.FromSeed(seed);
        var b = new ScenarioBuilder("random").Issue("x", 0, 100);
        for (var i = 0; i < n; i++)
        {
            var x = i == 0 ? 0 : i == n - 1 ? 100 : i % 3 == 0 ? 5 * random.NextInt(21) : 100 * random.NextDouble();
            b.Actor("a" + i, 1 + 99 * random.NextDouble(), ("x", x, salienceScale * random.NextInt(101)));
        }
        var scenario = b.Build();
        return BdmIssueInput.For(scenario, scenario.Issues[0], RangeRule.Initial);
    }

    [Theory]
    [InlineData("scholz", "", 2)]
    [InlineData("scholz", "", 7)]
    [InlineData("scholz", "", 40)]
    [InlineData("scholz", "", 150)]
    [InlineData("scholz", "", 400)]
    [InlineData("scholz", "bdm.perspective=own", 150)]
    [InlineData("scholz", "bdm.resisting-salience=printed", 150)]
    [InlineData("scholz", "bdm.offer-choice=least-movement", 150)]
    [InlineData("scholz", "bdm.capitulation=true", 150)]
    [InlineData("paper", "bdm.conflict=move", 150)]
    [InlineData("masad", "bdm.offer-choice=least-movement", 150)]
    [InlineData("schelling", "bdm.offer-choice=scholz-code;bdm.conflict=move", 100)]
    public void NearestFirst_RandomIssues_AcceptsSameOffersAsFullScan(string profile, string settings, int n)
    {
        var options = Options("bdm.profile", profile, settings);
        var compared = CompareOverRounds(options, n, seedFactor: 977, $"{profile} {settings}",
            (input, x, range) => BdmRound.Play(input, x, range, options, false, new BdmWorkspace(), nearestFirst: true));
        if (n >= 40) Assert.True(compared > 0, "no offer was accepted in any draw: the comparison would prove nothing");
    }

    [Theory]
    [InlineData("shared-log", "", 2)]
    [InlineData("shared-log", "", 7)]
    [InlineData("shared-log", "", 26)]
    [InlineData("shared-log", "", 90)]
    [InlineData("exact", "", 26)]
    [InlineData("exact", "", 90)]
    [InlineData("shared-log", "bdm.offer-choice=least-movement;bdm.capitulation=true", 40)]
    [InlineData("shared-log", "bdm.probability=paper;bdm.conflict=stay", 40)]
    [InlineData("shared-log", "bdm.probability=net;bdm.offer-choice=highest-utility", 40)]
    [InlineData("exact", "bdm.probability=net;bdm.offer-choice=highest-utility", 40)]
    [InlineData("shared-log", "bdm.offer-choice=highest-utility", 40)]
    [InlineData("shared-log", "bdm.capitulation=true", 40)]
    [InlineData("shared-log", "bdm.capitulation=true;bdm.compromise=weighted-average", 60)]
    [InlineData("exact", "bdm.conflict=stay;bdm.capitulation=true", 40)]
    public void PositionScan_RandomIssues_AcceptsSameOffersAsFullScan(string powers, string settings, int n)
    {
        var options = Options("bdm.powers", powers, settings);
        var compared = CompareOverRounds(options, n, seedFactor: 613, $"{powers} {settings}",
            (input, x, range) => BdmRound.Play(input, x, range, options, false, new BdmWorkspace(), nearestFirst: false, byPositionScan: true));
        if (n >= 26) Assert.True(compared > 0, "no offer was accepted in any draw: the comparison would prove nothing");
    }

    private static BdmOptions Options(string key, string value, string settings)
    {
        var values = new Dictionary<string, string> { [key] = value };
        foreach (var setting in settings.Split(';', StringSplitOptions.RemoveEmptyEntries))
            values[setting.Split('=')[0]] = setting.Split('=')[1];
        return BdmOptions.From(new ModelOptions(values));
    }

    /// <summary>
    /// Plays four rounds on random issues (two salience scales × three seeds) with the full scan and with
    /// <paramref name="search"/>, asserting the same accepted offer and position for every mover; returns how many
    /// accepted offers were compared.
    /// </summary>
    private static int CompareOverRounds(BdmOptions options, int n, long seedFactor, string label,
        Func<BdmIssueInput, double[], double, RoundOutcome> search)
    {
        var compared = 0;
        foreach (var salienceScale in new[] { 1.0, 0.6 })
        foreach (var seed in new long[] { 1, 2, 3 })
        {
            var input = RandomIssue(n, seed * seedFactor + n, salienceScale);
            var x = (double[])input.Positions.Clone();
            var range = x.Max() - x.Min();
            var tolerance = options.PositionTolerance * range;
            PositionSnapping.Snap(x, null, tolerance);
            for (var round = 1; round <= 4; round++)
            {
                var full = BdmRound.Play(input, x, range, options, false, new BdmWorkspace(), nearestFirst: false, byPositionScan: false);
                var other = search(input, x, range);
                for (var i = 0; i < n; i++)
                {
                    Assert.True(full.Accepted[i] == other.Accepted[i],
                        $"{label} n={n} seed={seed} round {round} mover a{i}: {full.Accepted[i]} vs {other.Accepted[i]}");
                    Assert.Equal(full.Positions[i], other.Positions[i]);
                    if (full.Accepted[i] is not null) compared++;
                }
                var moved = new bool[n];
                for (var i = 0; i < n; i++) moved[i] = full.Positions[i] != x[i];
                x = full.Positions;
                PositionSnapping.Snap(x, moved, tolerance);
            }
        }
        return compared;
    }

    [Fact]
    public void UpperBound_RandomPairs_IsAboveExpectedUtility()
    {
        var random = RandomStream.FromSeed(7);
        var utility = new ExpectedUtility(1.0, ImprovementRule.ByDistance, double.NaN, 1.0);
        for (var k = 0; k < 200_000; k++)
        {
            var r = k % 10 == 0 ? 1.0 : 0.5 + 1.5 * random.NextDouble();
            var d = k % 7 == 0 ? 1.0 : random.NextDouble();
            var s = k % 11 == 0 ? 1.0 : random.NextDouble();
            var p = k % 3 == 0 ? 0 : random.NextDouble() * (k % 2 == 0 ? 1e-3 : 1);
            var b = utility.Of(r, 0, d, p, s);
            var bound = OfferSearch.UpperBound(r, Math.Pow(0.5, r), d, s * (1 - p));
            Assert.True(b <= bound + 1e-14, $"r={r} d={d} s={s} p={p}: b={b} above its bound {bound}");
        }
    }

    [Fact]
    public void NoOfferWindow_RandomMovers_ExcludesOnlyNegativeUtilities()
    {
        var random = RandomStream.FromSeed(11);
        var utility = new ExpectedUtility(1.0, ImprovementRule.ByDistance, double.NaN, 1.0);
        var excluded = 0;
        for (var k = 0; k < 3000; k++)
        {
            var r = k % 10 == 0 ? 1.0 : 0.5 + 1.5 * random.NextDouble();
            var s = random.NextDouble();
            var largest = k % 2 == 0 ? 0 : 1e-3 * random.NextDouble();
            var (near, far) = OfferSearch.NoOfferWindow(r, Math.Pow(0.5, r), s * (1 - largest));
            for (var t = 1; t <= 200; t++)
            {
                var d = t / 200.0;
                if (!(d <= near || d >= far)) continue;
                excluded++;
                var b = utility.Of(r, 0, d, largest * random.NextDouble(), s);
                Assert.True(b < 1e-12, $"r={r} s={s} d={d} in the window ({near}, {far}) has b = {b}");
            }
        }
        Assert.True(excluded > 100_000, $"the window excluded only {excluded} of 600,000 points");
    }

    [Theory]
    [InlineData("target", 3)]
    [InlineData("target", 60)]
    [InlineData("target", 200)]
    [InlineData("printed", 60)]
    [InlineData("printed", 200)]
    public void LinearSecurities_RandomIssues_EqualOracleSecurity(string resisting, int n)
    {
        foreach (var seed in new long[] { 5, 6 })
        {
            var input = RandomIssue(n, seed * 31 + n, 1.0);
            var options = BdmOptions.From(new ModelOptions(new Dictionary<string, string> { ["bdm.resisting-salience"] = resisting }));
            var x = input.Positions;
            var range = x.Max() - x.Min();
            var support = LinearSupport.Compute(x, input.Weights, range);
            var security = RiskExponents.LinearSecurities(input.Saliences, support, range, options.ResistingSalience);
            var oracle = new NaiveBdmOracle(input.Capabilities, input.Saliences, x, options);
            oracle.Step();
            var scale = oracle.Security.Max(Math.Abs);
            for (var i = 0; i < n; i++)
                Assert.True(Math.Abs(security[i] - oracle.Security[i]) <= 1e-12 * scale,
                    $"{resisting} n={n} seed={seed} actor a{i}: {security[i]} vs oracle {oracle.Security[i]}");
        }
    }
}
