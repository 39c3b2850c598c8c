using System.Globalization;
using Plenum.Core.Power;

namespace Plenum.Core.Tests.Power;

/// <summary>Reads the CSV fixtures in Fixtures/power (first line: origin; then a header) and builds the reference games.</summary>
internal static class PowerFixtures
{
    public static List<Dictionary<string, string>> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "power", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public static double Number(this Dictionary<string, string> row, string column) =>
        double.Parse(row[column], CultureInfo.InvariantCulture);

    public static WeightedGame ElectoralCollege2024()
    {
        var rows = Read("electoral-college-2024.csv");
        return new WeightedGame(270, rows.Select(r => (long)r.Number("votes")).ToList(), rows.Select(r => r["state"]).ToList());
    }

    /// <summary>Lisbon: (≥ 15 states and ≥ 65 % of the population) or ≥ 24 states (a blocking minority needs 4).</summary>
    public static VotingGame EuLisbon(bool blockingClause = true)
    {
        var rows = Read("eu27-population-2023.csv");
        var names = rows.Select(r => r["state"]).ToList();
        var ones = names.Select(_ => 1L).ToList();
        var population = new WeightedGame(291_452_117, rows.Select(r => (long)r.Number("population")).ToList(), names);
        var doubleMajority = CompoundGame.And(new WeightedGame(15, ones, names), population);
        return blockingClause ? CompoundGame.Or(doubleMajority, new WeightedGame(24, ones, names)) : doubleMajority;
    }

    /// <summary>Nice (EU27, 2007–2014): ≥ 255 of 345 weighted votes and a majority (≥ 14) of members.</summary>
    public static VotingGame EuNice()
    {
        long[] weights = [29, 29, 29, 29, 27, 27, 14, 13, 12, 12, 12, 12, 12, 10, 10, 10, 7, 7, 7, 7, 7, 4, 4, 4, 4, 4, 3];
        string[] names = ["DE", "FR", "IT", "UK", "ES", "PL", "RO", "NL", "BE", "CZ", "GR", "HU", "PT", "AT", "BG", "SE", "DK", "IE", "LT", "SK", "FI", "CY", "EE", "LV", "LU", "SI", "MT"];
        return CompoundGame.And(new WeightedGame(255, weights, names), new WeightedGame(14, names.Select(_ => 1L).ToList(), names));
    }

    /// <summary>The random 200-player game of the reference note §4.3: SplitMix64 from seed 20240601, weights 1 + z mod 1000.</summary>
    public static WeightedGame Random200()
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
