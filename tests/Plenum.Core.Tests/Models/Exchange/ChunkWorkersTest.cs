using Plenum.Core.Models.Exchange;

namespace Plenum.Core.Tests.Models.Exchange;

public class ChunkWorkersTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Run_ThousandsOfCallsWithHelpersStartingLate_EveryChunkRunsExactlyOnce(int threads)
    {
        // Helpers queued for one call may start during a later one; each chunk of each call must still run once.
        var workers = new ChunkWorkers(threads);
        for (var call = 0; call < 3000; call++)
        {
            var chunks = 1 + call % 9;
            var runs = new int[chunks];
            workers.Run(chunks, c => Interlocked.Increment(ref runs[c]));
            Assert.All(runs, r => Assert.Equal(1, r));
        }
    }

    [Fact]
    public void Run_ChunkThrows_RethrownToCallerAfterEveryChunk()
    {
        var workers = new ChunkWorkers(2);
        var done = 0;
        var failure = Assert.Throws<InvalidOperationException>(() => workers.Run(6, c =>
        {
            Interlocked.Increment(ref done);
            if (c == 3) throw new InvalidOperationException("chunk 3");
        }));

        Assert.Equal("chunk 3", failure.Message);
        Assert.Equal(6, done);
        var again = new int[4];
        workers.Run(4, c => again[c]++);
        Assert.All(again, r => Assert.Equal(1, r));
    }
}
