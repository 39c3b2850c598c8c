using Plenum.Cluster;

namespace Plenum.Cluster.Tests;

public sealed class BatchPlanTest
{
    [Fact]
    public void Of_100000RunsIn2048_FullBatchesThenATaperingTail()
    {
        var plan = BatchPlan.Of(100_000, 2048);

        var sizes = plan.Select(b => b.End - b.First).ToArray();
        // 45 full batches leave 7,840 runs (< 4 × 2048): then a quarter of the rest each time, in whole blocks.
        Assert.Equal(Enumerable.Repeat(2048, 45), sizes.Take(45));
        Assert.Equal([1536, 1536, 1024, 512, 512, 512, 512, 512, 512, 512, 160], sizes.Skip(45));
    }

    [Theory]
    [InlineData(1, 512)]
    [InlineData(512, 512)]
    [InlineData(3000, 512)]
    [InlineData(2048, 2048)]
    [InlineData(10_000, 4096)]
    [InlineData(1_000_003, 2048)]
    public void Of_AnyRunsAndSize_CoversTheRunsInOrderOnBlockBoundaries(int runs, int batchSize)
    {
        var plan = BatchPlan.Of(runs, batchSize);

        Assert.Equal(0, plan[0].First);
        Assert.Equal(runs, plan[^1].End);
        for (var i = 0; i < plan.Count; i++)
        {
            var (first, end) = plan[i];
            Assert.True(end > first, $"batch {i} is empty");
            Assert.True(end - first <= batchSize, $"batch {i} holds {end - first} runs, more than {batchSize}");
            Assert.Equal(0, first % 512);
            if (i > 0) Assert.Equal(plan[i - 1].End, first);
            // Sizes never grow: the small batches are the last ones.
            if (i > 0 && i < plan.Count - 1) Assert.True(end - first <= plan[i - 1].End - plan[i - 1].First);
        }
    }

    [Fact]
    public void Of_SmallSweep_SplitIntoBlocksSoEveryWorkerGetsOne()
    {
        // One batch of 2048 would leave all workers but one idle.
        Assert.Equal([(0, 512), (512, 1024), (1024, 1536), (1536, 2048)], BatchPlan.Of(2048, 2048));
    }

    [Fact]
    public void Of_BatchSizeNotWholeBlocks_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchPlan.Of(1000, 1000));
    }
}
