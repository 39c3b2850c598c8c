using Plenum.Core.Randomness;

namespace Plenum.Core.Tests.Randomness;

public class RandomStreamTest
{
    [Fact]
    public void ForRun_SameSeedAndIndex_GivesSameSequence()
    {
        var a = RandomStream.ForRun(42, 7);
        var b = RandomStream.ForRun(42, 7);
        for (var i = 0; i < 100; i++) Assert.Equal(a.NextUInt64(), b.NextUInt64());
    }

    [Fact]
    public void ForRun_NeighbouringIndices_GiveDifferentSequences()
    {
        Assert.NotEqual(RandomStream.ForRun(42, 7).NextUInt64(), RandomStream.ForRun(42, 8).NextUInt64());
        Assert.NotEqual(RandomStream.ForRun(42, 7).NextUInt64(), RandomStream.ForRun(43, 7).NextUInt64());
    }

    [Fact]
    public void NextDouble_IsUniformOnUnitInterval()
    {
        var r = RandomStream.FromSeed(3);
        var xs = Enumerable.Range(0, 100_000).Select(_ => r.NextDouble()).ToArray();
        Assert.All(xs, x => Assert.InRange(x, 0.0, 1.0 - double.Epsilon));
        Assert.InRange(xs.Average(), 0.495, 0.505);
    }

    [Fact]
    public void NextInt_StaysBelowBoundAndHitsEveryValue()
    {
        var r = RandomStream.FromSeed(5);
        var seen = new int[7];
        for (var i = 0; i < 7_000; i++) seen[r.NextInt(7)]++;
        Assert.All(seen, count => Assert.InRange(count, 850, 1150));
    }
}
