using BenchmarkDotNet.Attributes;
using Plenum.Core.Power;

namespace Plenum.Bench;

/// <summary>
/// The three speed targets of issue 6 (docs/performance/power.md): the US Electoral College 2024, the random
/// 200-player game of the reference note (§4.3) and the EU27 Council under the Lisbon rule, exact, all players.
/// Minimal-winning listing is switched off so only the index computation is timed.
/// </summary>
[MemoryDiagnoser]
public class PowerBenchmarks
{
    private static readonly PowerOptions Options = new(Method: PowerMethodChoice.Exact, MinimalWinningLimit: 0);
    private WeightedGame _electoralCollege = null!;
    private WeightedGame _random200 = null!;
    private VotingGame _lisbon = null!;

    [GlobalSetup]
    public void Setup()
    {
        _electoralCollege = new WeightedGame(270,
            [9, 3, 11, 6, 54, 10, 7, 3, 3, 30, 16, 4, 4, 19, 11, 6, 6, 8, 8, 4, 10, 11, 15, 10, 6, 10, 4, 5, 6, 4, 14, 5, 28, 16, 3, 17, 7, 8, 19, 4, 9, 3, 11, 40, 6, 3, 13, 12, 4, 10, 3L]);
        _random200 = Random200();
        long[] population =
        [
            84358845, 68070697, 58850717, 48059777, 36753736, 19051562, 17811291, 11754004, 10827529, 10521556, 10467366,
            10394055, 9597085, 9104772, 6447710, 5932654, 5563970, 5428792, 5194336, 3850894, 2857279, 2116792, 1883008,
            1365884, 920701, 660809, 542051,
        ];
        var names = Enumerable.Range(0, population.Length).Select(i => $"S{i}").ToList();
        var ones = names.Select(_ => 1L).ToList();
        _lisbon = CompoundGame.Or(
            CompoundGame.And(new WeightedGame(15, ones, names), new WeightedGame(291_452_117, population, names)),
            new WeightedGame(24, ones, names));
    }

    [Benchmark]
    public PowerResult ElectoralCollegeBanzhaf() => PowerIndexCalculator.Compute(_electoralCollege, PowerIndex.Banzhaf, Options);

    [Benchmark]
    public PowerResult ElectoralCollegeShapleyShubik() => PowerIndexCalculator.Compute(_electoralCollege, PowerIndex.ShapleyShubik, Options);

    [Benchmark]
    public PowerResult Random200Banzhaf() => PowerIndexCalculator.Compute(_random200, PowerIndex.Banzhaf, Options);

    [Benchmark]
    public PowerResult Random200ShapleyShubik() => PowerIndexCalculator.Compute(_random200, PowerIndex.ShapleyShubik, Options);

    [Benchmark]
    public PowerResult EuLisbonBanzhafAndShapleyShubik() =>
        PowerIndexCalculator.Compute(_lisbon, [PowerIndex.Banzhaf, PowerIndex.ShapleyShubik], Options);

    /// <summary>SplitMix64 from seed 20240601; weight = 1 + z mod 1000; quota ⌊W/2⌋ + 1 = 47,366.</summary>
    private static WeightedGame Random200()
    {
        var state = 20240601UL;
        var weights = new long[200];
        for (var i = 0; i < weights.Length; i++)
        {
            state = unchecked(state + 0x9E3779B97F4A7C15UL);
            var z = state;
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            z ^= z >> 31;
            weights[i] = 1 + (long)(z % 1000);
        }
        return new WeightedGame(weights.Sum() / 2 + 1, weights);
    }
}
