using System.Security.Cryptography;
using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Bench;

/// <summary>
/// Hashes of every number BDM and the Monte Carlo runner produce on a fixed set of cases, to the last bit:
/// an optimisation that claims to change no result must leave every hash as it was
/// (<c>dotnet run -c Release --project bench/Plenum.Bench -- cpu fingerprint</c>, before and after).
/// </summary>
internal static class Fingerprint
{
    private static readonly string[] Profiles = ["scholz", "paper", "masad", "eum", "schelling"];

    /// <param name="powers"><c>bdm.powers</c> for every run (<c>exact</c> reproduces the hashes of builds before shared logarithms); null: the default.</param>
    public static void Print(string? powers = null)
    {
        void Powers(Dictionary<string, string> set)
        {
            if (powers is not null) set["bdm.powers"] = powers;
        }
        foreach (var profile in Profiles)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var n in new[] { 2, 3, 7, 26, 60, 150, 300 })
            foreach (var seed in new long[] { 1, 2, 3 })
            {
                var options = new ModelOptions(new Dictionary<string, string>
                {
                    ["bdm.profile"] = profile, ["bdm.rounds"] = "8", ["bdm.detail"] = n <= 60 ? "full" : "moves",
                }.With(Powers));
                Add(hash, BdmModel.Instance.Run(RandomIssue(n, seed), options, RandomStream.FromSeed(1)));
            }
            Console.WriteLine($"bdm {profile}: {Convert.ToHexString(hash.GetHashAndReset())[..16]}");
        }
        var scenario = Politburo1929.Load();
        foreach (var rounds in new[] { "20" })
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var options = new ModelOptions(new Dictionary<string, string> { ["bdm.rounds"] = rounds }.With(Powers), seed: 1929);
            Add(hash, MonteCarloRunner.Run(BdmModel.Instance, scenario, options, 2000, 2));
            Console.WriteLine($"monte carlo 1929 bdm: {Convert.ToHexString(hash.GetHashAndReset())[..16]}");
        }
    }

    /// <summary>Half the actors on a grid of 21 positions (so positions coincide), half anywhere on 0–100.</summary>
    private static Scenario RandomIssue(int n, long seed)
    {
        var random = RandomStream.FromSeed(seed * 7919 + n);
        var b = new ScenarioBuilder("random").Issue("x", 0, 100);
        for (var i = 0; i < n; i++)
        {
            var x = i == 0 ? 0 : i == 1 ? 100 : i % 2 == 0 ? 5 * random.NextInt(21) : 100 * random.NextDouble();
            b.Actor("a" + i, 1 + 99 * random.NextDouble(), ("x", x, random.NextInt(101)));
        }
        return b.Build();
    }

    private static void Add(IncrementalHash hash, ForecastResult r)
    {
        foreach (var issue in r.Issues)
        {
            Add(hash, issue.Forecast, issue.Mean, issue.Median);
            foreach (var round in issue.Rounds)
            {
                Add(hash, round.Mean, round.Median);
                foreach (var (actor, x) in round.Positions.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes(actor));
                    Add(hash, x);
                }
            }
            if (issue.Distribution is { } d)
            {
                Add(hash, d.Mean, d.StandardDeviation, d.P05, d.P50, d.P95);
                foreach (var count in d.Histogram) Add(hash, count);
            }
            if (issue.Convergence is { } c) hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{c.Status}{c.Rounds}{c.CycleStart}{c.CycleLength}"));
        }
        foreach (var table in r.Tables)
        foreach (var row in table.Rows)
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Join(",", row.Select(v => v is double x ? BitConverter.DoubleToInt64Bits(x).ToString() : v?.ToString()))));
        foreach (var note in r.Notes) hash.AppendData(System.Text.Encoding.UTF8.GetBytes(note));
    }

    private static Dictionary<string, string> With(this Dictionary<string, string> set, Action<Dictionary<string, string>> change)
    {
        change(set);
        return set;
    }

    private static void Add(IncrementalHash hash, params double[] values)
    {
        foreach (var v in values) hash.AppendData(BitConverter.GetBytes(v));
    }
}
