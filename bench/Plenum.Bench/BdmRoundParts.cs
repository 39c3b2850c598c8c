using System.Diagnostics;
using Plenum.Core.Models;
using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Bench;

/// <summary>
/// Where one BDM round on a random issue spends its time, phase by phase (<c>-- cpu roundparts1000</c>): pass 1
/// (risk exponents), pass 2 (support matrix), the whole round, and the whole model run around it.
/// </summary>
internal static class BdmRoundParts
{
    public static void Print(int actors, int repeats)
    {
        var random = RandomStream.FromSeed(2026);
        var b = new ScenarioBuilder("random").Issue("x");
        for (var i = 0; i < actors; i++)
            b.Actor("a" + i, 1 + 99 * random.NextDouble(), ("x", 100 * random.NextDouble(), random.NextInt(101)));
        var scenario = b.Build();
        var options = BdmOptions.From(new ModelOptions(new Dictionary<string, string> { ["bdm.rounds"] = "1" }));
        var input = BdmIssueInput.For(scenario, scenario.Issues[0], options.Range);
        var x = (double[])input.Positions.Clone();
        var range = x.Max() - x.Min();
        var utility = new ExpectedUtility(options.Q, options.T, double.NaN, range);
        var workspace = new BdmWorkspace();
        RiskProfile risk = null!;
        for (var k = 0; k <= repeats; k++)
        {
            var line = k == 0 ? "warm-up: " : "";
            line += "pass 1 " + Measure(() =>
            {
                var linear = LinearSupport.Compute(x, input.Weights, range);
                risk = RiskExponents.Compute(input, x, linear, utility, options.ResistingSalience);
            });
            line += " | pass 2 support " + Measure(() =>
                SuccessProbability.Compute(options.Probability, x, input.Weights, risk.Exponent, range, workspace));
            line += " | round " + Measure(() => BdmRound.Play(input, x, range, options, false, workspace));
            line += " | model run " + Measure(() =>
                BdmModel.Instance.Run(scenario, new ModelOptions(new Dictionary<string, string> { ["bdm.rounds"] = "1" }), RandomStream.FromSeed(1)));
            Console.WriteLine(line);
        }
    }

    private static string Measure(Action action)
    {
        GC.Collect();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        return $"{clock.Elapsed.TotalMilliseconds:F0}/{cpu.TotalMilliseconds:F0}";
    }
}
