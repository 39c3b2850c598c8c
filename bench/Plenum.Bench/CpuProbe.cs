using System.Diagnostics;
using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Bench;

/// <summary>
/// CPU time per operation (process processor time, all threads) next to wall time, for a shared machine where
/// wall time alone says more about the neighbours than about the code:
/// <c>dotnet run -c Release --project bench/Plenum.Bench -- cpu CASE [REPEATS]</c>.
/// Cases: <c>eu10</c> (EU-10 × 50 rounds, 1,000 times), <c>mc1</c>, <c>mc2</c> (10,000 Monte Carlo runs of the 1929 scenario, 1 or 2 threads),
/// <c>mcscale PAIRS</c> (alternated pairs of the two, their ratios and median), <c>round1000</c>,
/// <c>round10000</c> (one BDM round on a random issue, as in <see cref="BdmRoundBenchmarks"/>), <c>exchange15</c>,
/// <c>exchange200</c> (10 exchange rounds, see <see cref="ExchangeBenchmarks"/>); <c>exchangefp</c> prints hashes of
/// exchange results (see <see cref="ExchangeFingerprint"/>); <c>fingerprint [POWERS]</c>
/// prints hashes of BDM and Monte Carlo results (with <c>bdm.powers=POWERS</c> when given) (see <see cref="Fingerprint"/>); <c>roundpartsN</c> times the
/// phases of one round with N actors (see <see cref="BdmRoundParts"/>), wall/CPU ms.
/// </summary>
internal static class CpuProbe
{
    public static void Run(string[] args)
    {
        var name = args.Length > 1 ? args[1] : "mc2";
        if (name == "fingerprint")
        {
            Fingerprint.Print(args.Length > 2 ? args[2] : null);
            return;
        }
        var repeats = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        if (name == "mcscale")
        {
            MonteCarloScaling(repeats, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
            return;
        }
        if (name == "mcparts")
        {
            MonteCarloParts.Print(repeats * 1000);
            return;
        }
        if (name.StartsWith("roundparts", StringComparison.Ordinal))
        {
            BdmRoundParts.Print(int.Parse(name["roundparts".Length..], System.Globalization.CultureInfo.InvariantCulture), repeats);
            return;
        }
        if (name == "portablemath")
        {
            PortableMathProbe.Print();
            return;
        }
        if (name == "exchangefp")
        {
            ExchangeFingerprint.Print();
            return;
        }
        Action op = name switch
        {
            "mc1" => MonteCarlo(1, args.Length > 3 ? args[3] : null),
            "mc2" => MonteCarlo(2, args.Length > 3 ? args[3] : null),
            "eu10" => Eu10(),
            "round1000" => Round(1000),
            "round3000" => Round(3000),
            "round10000" => Round(10000),
            "exchange15" => Exchange(b => b.EqualGain_15x13_10Rounds()),
            "exchange200" => Exchange(b => b.EqualGain_200x30_10Rounds()),
            "exchange200serial" => ExchangeRows(int.MaxValue),
            "exchange200split2000" => ExchangeRows(2000),
            "exchange200split384" => ExchangeRows(384),
            _ => throw new ArgumentException("unknown case " + name),
        };
        op(); // warm-up
        var process = Process.GetCurrentProcess();
        for (var k = 0; k < repeats; k++)
        {
            GC.Collect();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var alloc0 = GC.GetTotalAllocatedBytes(true);
            var gc0 = GC.CollectionCount(0);
            var gc2 = GC.CollectionCount(2);
            var pause0 = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            op();
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpu0;
            var alloc = GC.GetTotalAllocatedBytes(true) - alloc0;
            Console.WriteLine($"{name}: wall {clock.Elapsed.TotalMilliseconds:F1} ms, cpu {cpu.TotalMilliseconds:F1} ms, " +
                $"allocated {alloc / 1048576.0:F1} MB, GC pauses {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms, gen0 {GC.CollectionCount(0) - gc0}, gen2 {GC.CollectionCount(2) - gc2}, " +
                $"server GC {System.Runtime.GCSettings.IsServerGC}");
        }
    }

    /// <param name="powers">A <c>bdm.powers</c> setting (<c>cpu mc2 N exact</c>), or null for the default.</param>
    private static Action MonteCarlo(int threads, string? powers, int runs = 10_000)
    {
        var scenario = Politburo1929.Load();
        var values = new Dictionary<string, string> { ["bdm.rounds"] = "20" };
        if (powers is not null) values["bdm.powers"] = powers;
        var options = new ModelOptions(values, seed: 1929);
        return () => MonteCarloRunner.Run(BdmModel.Instance, scenario, options, runs, threads);
    }

    /// <summary>
    /// Scaling from one thread to two on a host whose speed drifts by 10–30 % within seconds: <paramref name="pairs"/>
    /// adjacent pairs of a one-thread and a two-thread Monte Carlo of <paramref name="runs"/> runs of the 1929
    /// scenario (the order alternating from pair to pair), each pair's ratio, the median ratio and the ratio of the
    /// summed times. Short pairs (<c>mcscale 30 1000</c>) see the same host speed on both sides; two commands minutes
    /// apart (<c>mc1</c>, then <c>mc2</c>) need not.
    /// </summary>
    private static void MonteCarloScaling(int pairs, int runs)
    {
        var one = MonteCarlo(1, null, runs);
        var two = MonteCarlo(2, null, runs);
        one();
        two();
        var ratios = new List<double>();
        var (sum1, sum2, cpu1, cpu2) = (0.0, 0.0, 0.0, 0.0);
        var process = Process.GetCurrentProcess();
        (double Wall, double Cpu) Time(Action op)
        {
            GC.Collect();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            op();
            var wall = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            return (wall, (process.TotalProcessorTime - cpu0).TotalMilliseconds);
        }
        for (var k = 0; k < pairs; k++)
        {
            (double Wall, double Cpu) t1, t2;
            if (k % 2 == 0) (t1, t2) = (Time(one), Time(two));
            else (t2, t1) = (Time(two), Time(one));
            (sum1, sum2, cpu1, cpu2) = (sum1 + t1.Wall, sum2 + t2.Wall, cpu1 + t1.Cpu, cpu2 + t2.Cpu);
            ratios.Add(t1.Wall / t2.Wall);
            Console.WriteLine($"pair {k + 1}: 1 thread {t1.Wall:F0} ms (CPU {t1.Cpu:F0}), 2 threads {t2.Wall:F0} ms (CPU {t2.Cpu:F0}), ratio {t1.Wall / t2.Wall:F2}");
        }
        ratios.Sort();
        var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
        Console.WriteLine($"{runs:N0} runs per measure: median ratio {median:F2} over {pairs} pairs (min {ratios[0]:F2}, max {ratios[^1]:F2}); " +
            $"summed wall {sum1:F0} / {sum2:F0} ms, ratio {sum1 / sum2:F2}; CPU per run {cpu1 / pairs / runs:F3} / {cpu2 / pairs / runs:F3} ms " +
            $"(two threads busy {cpu2 / (2 * sum2):P0} of the time)");
    }

    /// <summary>EU-10 × 50 rounds without tables (<see cref="BdmBenchmarks.Eu10FiftyRounds"/>), 1,000 times per operation.</summary>
    private static Action Eu10()
    {
        var b = new BdmBenchmarks();
        b.Setup();
        return () =>
        {
            for (var k = 0; k < 1000; k++) b.Eu10FiftyRounds();
        };
    }

    /// <summary>An <see cref="ExchangeBenchmarks"/> case (<c>exchange15</c>: 15 × 13, <c>exchange200</c>: 200 × 30; 10 rounds).</summary>
    private static Action Exchange(Func<ExchangeBenchmarks, ForecastResult> run)
    {
        var b = new ExchangeBenchmarks();
        b.Setup();
        return () => run(b);
    }

    /// <summary>10 rounds of 200 × 30 with rows split over the cores from <paramref name="splitFrom"/> entries (<c>exchange200serial</c>: never; the default is 384).</summary>
    private static Action ExchangeRows(int splitFrom)
    {
        var space = Plenum.Core.Models.Exchange.ExchangeSpace.From(ExchangeBenchmarks.RandomScenario(200, 30, 200));
        var options = new Plenum.Core.Models.Exchange.ExchangeOptions(Rounds: 10);
        return () => Plenum.Core.Models.Exchange.ExchangeSimulation.Run(space, options, RandomStream.FromSeed(1),
            workspace: new Plenum.Core.Models.Exchange.ExchangeWorkspace { ParallelTouchFrom = splitFrom });
    }

    private static Action Round(int actors)
    {
        var b = new BdmRoundBenchmarks { Actors = actors };
        b.Setup();
        return () => b.OneRound();
    }
}
