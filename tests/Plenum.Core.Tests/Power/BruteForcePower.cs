using System.Numerics;
using Plenum.Core.Power;

namespace Plenum.Core.Tests.Power;

/// <summary>
/// The test oracle: every index straight from its definition, by looking at every coalition one at a time
/// (and every ordering position through the s!(n−1−s)! weights). Slow and obvious on purpose.
/// </summary>
internal static class BruteForcePower
{
    public static Dictionary<PowerIndex, (BigInteger Num, BigInteger Den)[]> All(VotingGame game)
    {
        var n = game.Players.Count;
        var names = game.Players;
        bool Wins(long mask) => game.Wins(Enumerable.Range(0, n).Where(i => (mask >> i & 1) != 0).Select(i => names[i]));
        var total = 1L << n;
        var win = new bool[total];
        for (long m = 0; m < total; m++) win[m] = Wins(m);

        var swings = new BigInteger[n];
        var ssNum = new BigInteger[n];
        var holler = new BigInteger[n];
        var dpNum = new BigInteger[n];
        var johnNum = new BigInteger[n];
        BigInteger mwc = 0;
        var fact = new BigInteger[n + 1];
        fact[0] = 1;
        for (var k = 1; k <= n; k++) fact[k] = fact[k - 1] * k;
        var lcm = Enumerable.Range(1, n).Aggregate(BigInteger.One, (l, k) => l / BigInteger.GreatestCommonDivisor(l, k) * k);
        for (long m = 0; m < total; m++)
        {
            if (!win[m]) continue;
            var size = BitOperations.PopCount((ulong)m);
            var critical = Enumerable.Range(0, n).Where(i => (m >> i & 1) != 0 && !win[m & ~(1L << i)]).ToList();
            foreach (var i in critical)
            {
                swings[i]++;
                ssNum[i] += fact[size - 1] * fact[n - size];
                johnNum[i] += lcm / critical.Count;
            }
            if (critical.Count != size) continue;
            mwc++;
            foreach (var i in critical)
            {
                holler[i]++;
                dpNum[i] += lcm / size;
            }
        }
        var sumSwings = swings.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var sumHoller = holler.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var sumJohn = johnNum.Aggregate(BigInteger.Zero, (a, b) => a + b);
        return new()
        {
            [PowerIndex.Banzhaf] = swings.Select(s => Reduce(s, sumSwings)).ToArray(),
            [PowerIndex.Penrose] = swings.Select(s => Reduce(s, BigInteger.One << (n - 1))).ToArray(),
            [PowerIndex.ShapleyShubik] = ssNum.Select(s => Reduce(s, fact[n])).ToArray(),
            [PowerIndex.Holler] = holler.Select(s => Reduce(s, sumHoller)).ToArray(),
            [PowerIndex.DeeganPackel] = dpNum.Select(s => Reduce(s, lcm * mwc)).ToArray(),
            [PowerIndex.Johnston] = johnNum.Select(s => Reduce(s, sumJohn)).ToArray(),
        };
    }

    private static (BigInteger, BigInteger) Reduce(BigInteger a, BigInteger b)
    {
        if (b.IsZero) return (0, 1);
        var g = BigInteger.GreatestCommonDivisor(a, b);
        return g.IsZero ? (0, 1) : (a / g, b / g);
    }
}
