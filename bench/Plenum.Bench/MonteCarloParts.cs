using System.Diagnostics;
using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Uncertainty;

namespace Plenum.Bench;

/// <summary>
/// Where a Monte Carlo run of the 1929 scenario spends its time, one thread: drawing the scenario, the BDM
/// model on the drawn scenario, and folding the result into the summary (<c>-- cpu mcparts</c>).
/// </summary>
internal static class MonteCarloParts
{
    public static void Print(int runs)
    {
        var scenario = Politburo1929.Load();
        var options = new ModelOptions(new Dictionary<string, string> { ["bdm.rounds"] = "20", ["bdm.detail"] = "none" }, seed: 1929);
        var drawn = new Core.Scenarios.Scenario[runs];
        var results = new ForecastResult[runs];
        var draw = Measure(() =>
        {
            for (var i = 0; i < runs; i++) drawn[i] = ScenarioSampler.Draw(scenario, RandomStream.ForRun(1929, i));
        });
        var model = Measure(() =>
        {
            for (var i = 0; i < runs; i++) results[i] = BdmModel.Instance.Run(drawn[i], options, RandomStream.ForRun(1929, i));
        });
        var fold = Measure(() =>
        {
            var summary = new MonteCarloSummary();
            for (var i = 0; i < runs; i++) summary.Add(results[i]);
            summary.ToResult(scenario, "bdm", options, runs);
        });
        Console.WriteLine($"{runs} runs, totals: draw {draw}, model {model}, fold {fold}");
    }

    private static string Measure(Action action)
    {
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var pause0 = GC.GetTotalPauseDuration();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        return $"{clock.Elapsed.TotalMilliseconds:F0} ms wall / {cpu.TotalMilliseconds:F0} ms cpu / {(GC.GetAllocatedBytesForCurrentThread() - alloc0) / 1048576.0:F1} MB, GC pauses {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms";
    }
}
