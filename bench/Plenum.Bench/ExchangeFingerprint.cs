using System.Security.Cryptography;
using Plenum.Core.Models.Exchange;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Bench;

/// <summary>
/// Hashes of every executed exchange (index, gain, voting positions, to the last bit), every round's voting and
/// next-start positions, of 10 equal-gain rounds of 200 × 30 and of smaller random cases: an optimisation of the
/// exchange model that claims to change no result must leave every hash as it was
/// (<c>dotnet bench/Plenum.Bench/bin/Release/net10.0/Plenum.Bench.dll cpu exchangefp</c>, before and after).
/// </summary>
internal static class ExchangeFingerprint
{
    public static void Print()
    {
        foreach (var (actors, issues, seed, rounds) in new[] { (60, 12, 3L, 10), (120, 12, 29L, 10), (40, 20, 5L, 10), (200, 30, 200L, 10) })
        {
            var space = ExchangeSpace.From(ExchangeBenchmarks.RandomScenario(actors, issues, seed));
            var options = new ExchangeOptions(ExchangeVariant.EqualGain, Rounds: rounds);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var executed = 0;
            foreach (var round in ExchangeSimulation.Run(space, options, RandomStream.FromSeed(1)))
            {
                foreach (var e in round.Executed)
                {
                    hash.AppendData(BitConverter.GetBytes(e.Index));
                    Add(hash, e.Gain, e.I.Voting, e.J.Voting, e.I.Move, e.J.Move);
                }
                executed += round.Executed.Count;
                Add(hash, round.Voting);
                Add(hash, round.NextStart);
                Add(hash, round.InitialGains);
            }
            Console.WriteLine($"exchange {actors}x{issues} seed {seed}: {executed} exchanges, {Convert.ToHexString(hash.GetHashAndReset())[..16]}");
        }
    }

    private static void Add(IncrementalHash hash, params double[] values)
    {
        foreach (var v in values) hash.AppendData(BitConverter.GetBytes(v));
    }
}
