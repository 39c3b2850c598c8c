using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Smp;

/// <summary>Random SMP scenarios like KTAB's <c>--euSMP</c> generator: capabilities 10–200, total salience 0.75–0.99.</summary>
internal static class SmpRandomScenario
{
    public static Scenario Create(int actors, int dimensions, long seed)
    {
        var r = RandomStream.ForRun(seed, actors * 100 + dimensions);
        var b = new ScenarioBuilder($"random-{actors}x{dimensions}-{seed}");
        for (var k = 0; k < dimensions; k++) b.Issue($"d{k}");
        for (var i = 0; i < actors; i++)
        {
            var total = 0.75 + 0.24 * r.NextDouble();
            var raw = Enumerable.Range(0, dimensions).Select(_ => 0.1 + 0.9 * r.NextDouble()).ToArray();
            var sum = raw.Sum();
            b.Actor($"a{i}", Math.Round(10 + 190 * r.NextDouble(), 1),
                Enumerable.Range(0, dimensions).Select(k => ($"d{k}", Math.Round(100 * r.NextDouble(), 2), Math.Round(100 * total * raw[k] / sum, 2))).ToArray());
        }
        return b.Build();
    }
}
