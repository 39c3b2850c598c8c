using Plenum.Core.Models;
using Plenum.Core.Models.Baseline;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Core.Tests.Uncertainty;

/// <summary>
/// The Monte Carlo runner's workers: one prepared runner per worker for the whole range, progress in order on the
/// calling thread, the first failure rethrown as it was, cancellation, and the same bits at any worker count.
/// </summary>
public class DrawWorkersTest
{
    private static Scenario Uncertain() => MonteCarloRunnerTest.Uncertain();

    [Fact]
    public void Run_PreparesOncePerWorker_NotPerBlock()
    {
        var model = new Counting(BaselineModel.Compromise);
        MonteCarloRunner.Run(model, Uncertain(), new ModelOptions(seed: 4), 10 * MonteCarloRunner.BlockSize + 7, maxDegreeOfParallelism: 2);

        // Once per worker that started: the thread-pool helper may find every run taken when this fast model is done.
        Assert.InRange(model.Prepared, 1, 2);
        Assert.Equal(10 * MonteCarloRunner.BlockSize + 7, model.Runs);
    }

    [Fact]
    public void Run_ProgressArrivesInBlockOrderOnTheCallingThread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var reports = new List<(int Runs, int Thread)>();
        const int runs = 5 * MonteCarloRunner.BlockSize + 100;
        MonteCarloRunner.Run(BaselineModel.Compromise, Uncertain(), new ModelOptions(seed: 5), runs, 2,
            new SynchronousProgress<int>(n => reports.Add((n, Environment.CurrentManagedThreadId))));

        Assert.Equal([512, 1024, 1536, 2048, 2560, runs], reports.Select(r => r.Runs));
        Assert.All(reports, r => Assert.Equal(caller, r.Thread));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_AFailingRun_ThrowsItsOwnExceptionAndStopsTheOthers(int workers)
    {
        var model = new Counting(BaselineModel.Compromise) { FailAt = 700 };
        var e = Assert.Throws<ModelInputException>(() =>
            MonteCarloRunner.Run(model, Uncertain(), new ModelOptions(seed: 6), 1_000_000, workers));

        Assert.Equal("run 700 failed", e.Message);
        // A run takes microseconds and throwing takes longer, so the others finish a few more; not the million.
        Assert.True(model.Runs < 700 + 2000, $"{model.Runs} runs started after the failure at run 700");
    }

    [Fact]
    public void Run_Cancelled_StopsAndThrows()
    {
        using var cancel = new CancellationTokenSource();
        var model = new Counting(BaselineModel.Compromise) { CancelAt = (300, cancel) };
        var last = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => MonteCarloRunner.Run(model, Uncertain(), new ModelOptions(seed: 7), 1_000_000, 2,
            new SynchronousProgress<int>(n => last = n), cancel.Token));

        Assert.True(model.Runs < 300 + 2000, $"{model.Runs} runs started");
        Assert.Equal(0, last); // the first block never completed
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void RunBatch_SameBitsAtAnyWorkerCount(int workers)
    {
        var options = new ModelOptions(seed: 8);
        var one = MonteCarloRunner.RunBatch(BaselineModel.Compromise, Uncertain(), options, 1024, 1024 + 3 * MonteCarloRunner.BlockSize + 33, 1);
        var many = MonteCarloRunner.RunBatch(BaselineModel.Compromise, Uncertain(), options, 1024, 1024 + 3 * MonteCarloRunner.BlockSize + 33, workers);

        Assert.Equal(one.ToBytes(), many.ToBytes());
        Assert.Equal((1024, 1024 + 3 * 512 + 33), (many.FirstRun, many.EndRun));
    }

    [Fact]
    public void Run_FewerRunsThanWorkers_Works()
    {
        var model = new Counting(BaselineModel.Compromise);
        var r = MonteCarloRunner.Run(model, Uncertain(), new ModelOptions(seed: 9), 3, maxDegreeOfParallelism: 8);

        Assert.Equal(3, r.Issues[0].Distribution!.Histogram.Sum());
        Assert.True(model.Prepared <= 3);
    }

    /// <summary>Counts preparations and runs; fails or cancels at a given run index when asked.</summary>
    private sealed class Counting(IForecastModel model) : IMonteCarloModel
    {
        private int _prepared;
        private int _runs;

        public int FailAt { get; init; } = -1;

        public (int Run, CancellationTokenSource Source)? CancelAt { get; init; }

        public int Prepared => Volatile.Read(ref _prepared);

        public int Runs => Volatile.Read(ref _runs);

        public ModelDescriptor Descriptor => model.Descriptor;

        public ForecastResult Run(Scenario scenario, ModelOptions options, RandomStream random) => model.Run(scenario, options, random);

        public IDrawRunner Prepare(Scenario scenario, ModelOptions options)
        {
            Interlocked.Increment(ref _prepared);
            return new Runner(this, options);
        }

        private sealed class Runner(Counting owner, ModelOptions options) : IDrawRunner
        {
            public ForecastResult Run(Scenario drawn, RandomStream random)
            {
                var index = Interlocked.Increment(ref owner._runs) - 1;
                if (index == owner.FailAt) throw new ModelInputException($"run {index} failed");
                if (owner.CancelAt is { } cancel && index == cancel.Run) cancel.Source.Cancel();
                return owner.Run(drawn, options, random);
            }
        }
    }
}
