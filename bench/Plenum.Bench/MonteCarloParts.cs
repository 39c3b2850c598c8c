using System.Diagnostics;
using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Uncertainty;

namespace Plenum.Bench;

/// <summary>
/// Where a Monte Carlo run of the 1929 scenario spends its time, one thread: drawing the scenario, the BDM
/// model on the drawn scenario (through its prepared draw runner, as <see cref="MonteCarloRunner"/> calls it),
/// and folding the result into the summary; then the whole runner on the same runs with one and two threads
/// (<c>-- cpu mcparts K</c> for K × 1,000 runs). CPU time and allocation are the figures to compare on a loaded
/// machine; wall time only on a quiet one.
/// </summary>
internal static class MonteCarloParts
{
    public static void Print(int runs)
    {
        var scenario = Politburo1929.Load();
        var options = new ModelOptions(new Dictionary<string, string> { ["bdm.rounds"] = "20", ["bdm.detail"] = "none" }, seed: 1929);
        var drawn = new Core.Scenarios.Scenario[runs];
        var results = new ForecastResult[runs];
        var runner = BdmModel.Instance.Prepare(scenario, options);
        var draw = Measure(() =>
        {
            for (var i = 0; i < runs; i++) drawn[i] = ScenarioSampler.Draw(scenario, RandomStream.ForRun(1929, i));
        });
        var model = Measure(() =>
        {
            for (var i = 0; i < runs; i++) results[i] = runner.Run(drawn[i], RandomStream.ForRun(1929, i));
        });
        var fold = Measure(() =>
        {
            var summary = new MonteCarloSummary();
            for (var i = 0; i < runs; i++) summary.Add(results[i]);
            summary.ToResult(scenario, "bdm", options, runs);
        });
        Console.WriteLine($"{runs} runs, totals: draw {draw}, model {model}, fold {fold}");
        Array.Clear(drawn);
        Array.Clear(results);
        var whole = new ModelOptions(new Dictionary<string, string> { ["bdm.rounds"] = "20" }, seed: 1929);
        foreach (var threads in new[] { 1, 2 })
        {
            GC.Collect();
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var all = Measure(() => MonteCarloRunner.Run(BdmModel.Instance, scenario, whole, runs, threads), allThreads: true);
            Console.WriteLine($"runner, {threads} thread(s): {all}, gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}");
        }
    }

    private static string Measure(Action action, bool allThreads = false)
    {
        long Allocated() => allThreads ? GC.GetTotalAllocatedBytes(true) : GC.GetAllocatedBytesForCurrentThread();
        var alloc0 = Allocated();
        var pause0 = GC.GetTotalPauseDuration();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        return $"{clock.Elapsed.TotalMilliseconds:F0} ms wall / {cpu.TotalMilliseconds:F0} ms cpu / {(Allocated() - alloc0) / 1048576.0:F1} MB, GC pauses {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms";
    }
}
