using System.Diagnostics;
using Plenum.Core.Models.Bdm;

namespace Plenum.Bench;

/// <summary>
/// Nanoseconds per value of <see cref="PortableMath"/>'s span functions against the C library's
/// (<see cref="Math.Exp"/>, <see cref="Math.Log(double)"/>) for span lengths a round uses
/// (<c>-- cpu portablemath</c>).
/// </summary>
internal static class PortableMathProbe
{
    public static void Print()
    {
        foreach (var length in new[] { 3, 7, 26, 1000 })
        {
            var values = new double[length];
            var result = new double[length];
            for (var k = 0; k < length; k++) values[k] = (k + 0.5) / length;
            var repeats = 20_000_000 / length;
            var library = Time(repeats, length, () =>
            {
                for (var k = 0; k < values.Length; k++) result[k] = Math.Exp(1.3 * Math.Log(values[k]));
            });
            var portable = Time(repeats, length, () =>
            {
                PortableMath.Log(values, result);
                PortableMath.Exp(result, 1.3, values);
                PortableMath.Log(values, result);
                PortableMath.Exp(result, 1 / 1.3, values);
            }) / 2;
            Console.WriteLine($"length {length}: library log+exp {library:F1} ns/value, portable log+exp {portable:F1} ns/value");
        }
    }

    private static double Time(int repeats, int length, Action action)
    {
        for (var k = 0; k < repeats / 10; k++) action();
        var clock = Stopwatch.StartNew();
        for (var k = 0; k < repeats; k++) action();
        return clock.Elapsed.TotalNanoseconds / ((double)repeats * length);
    }
}
