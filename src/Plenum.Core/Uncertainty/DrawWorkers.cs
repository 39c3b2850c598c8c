using System.Runtime.ExceptionServices;
using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>
/// Computes the Monte Carlo runs <c>[firstRun, endRun)</c> on a fixed set of workers — the calling thread and
/// <c>workers − 1</c> thread-pool work items — and hands each block's summary, in block order, to the calling thread.
/// </summary>
/// <remarks>
/// Each worker prepares the model once for the whole range and claims the next run index until none is left, so
/// there is no barrier at block ends and no re-preparation: <c>Parallel.For</c> per block waited for the block's
/// slowest run and called its per-task initialiser again each time it replaced a task, which re-grew the model's
/// buffers and sent them to the older generations of the collector. Runs are folded in run order within a block
/// (<see cref="OrderedFold"/>), so the result does not depend on the number of workers or on who computed what.
/// The calling thread reports progress and merges blocks between its own runs; with one worker it does everything.
/// </remarks>
internal sealed class DrawWorkers
{
    private readonly IForecastModel _model;
    private readonly Scenario _scenario;
    private readonly ModelOptions _options;
    private readonly ModelOptions _runOptions;
    private readonly int _firstRun;
    private readonly int _endRun;
    private readonly CancellationToken _cancellation;
    private readonly OrderedFold?[] _folds;
    private readonly int[] _pending;
    private readonly MonteCarloSummary?[] _done;
    private int _claimed;
    private int _handedOut;
    private volatile bool _stop;
    private ExceptionDispatchInfo? _failure;

    private DrawWorkers(IForecastModel model, Scenario scenario, ModelOptions options, ModelOptions runOptions,
        int firstRun, int endRun, CancellationToken cancellation)
    {
        (_model, _scenario, _options, _runOptions) = (model, scenario, options, runOptions);
        (_firstRun, _endRun, _cancellation) = (firstRun, endRun, cancellation);
        var blocks = (endRun - firstRun + MonteCarloRunner.BlockSize - 1) / MonteCarloRunner.BlockSize;
        _folds = new OrderedFold?[blocks];
        _done = new MonteCarloSummary?[blocks];
        _pending = new int[blocks];
        for (var b = 0; b < blocks; b++) _pending[b] = BlockRuns(b);
    }

    /// <summary>
    /// Runs <c>[firstRun, endRun)</c> (<paramref name="firstRun"/> on a block boundary) and calls
    /// <paramref name="onBlock"/> on the calling thread for each block, in order, with the first run after it.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; no block after that is handed out.</exception>
    public static void Run(IForecastModel model, Scenario scenario, ModelOptions options, ModelOptions runOptions,
        int firstRun, int endRun, int workers, Action<MonteCarloSummary, int> onBlock, CancellationToken cancellation)
    {
        var pool = new DrawWorkers(model, scenario, options, runOptions, firstRun, endRun, cancellation);
        workers = Math.Clamp(workers < 1 ? Environment.ProcessorCount : workers, 1, endRun - firstRun);
        var helpers = new Helper[workers - 1];
        for (var t = 0; t < helpers.Length; t++)
        {
            helpers[t] = new Helper(pool);
            ThreadPool.UnsafeQueueUserWorkItem(helpers[t], preferLocal: false);
        }
        try
        {
            pool.Work(onBlock);
        }
        finally
        {
            foreach (var helper in helpers) helper.WaitOrCancel();
        }
        pool._failure?.Throw();
        cancellation.ThrowIfCancellationRequested();
        pool.HandOut(onBlock);
        if (pool._handedOut != pool._done.Length) throw new InvalidOperationException($"block {pool._handedOut} of the batch never completed");
    }

    /// <summary>Claims and computes runs until none is left; the calling thread also hands out finished blocks.</summary>
    private void Work(Action<MonteCarloSummary, int>? onBlock)
    {
        try
        {
            var runner = _model is IMonteCarloModel repeatable ? repeatable.Prepare(_scenario, _runOptions) : null;
            while (!_stop)
            {
                var index = _firstRun + Interlocked.Increment(ref _claimed) - 1;
                if (index >= _endRun) break;
                if (_cancellation.IsCancellationRequested)
                {
                    _stop = true;
                    break;
                }
                var random = RandomStream.ForRun(_options.Seed, index);
                var drawn = ScenarioSampler.Draw(_scenario, random);
                Complete(index - _firstRun, runner?.Run(drawn, random) ?? _model.Run(drawn, _runOptions, random));
                if (onBlock is not null) HandOut(onBlock);
            }
        }
        catch (Exception e)
        {
            // The first failure wins; the other workers stop after their current run.
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            _stop = true;
        }
    }

    private void Complete(int offset, ForecastResult result)
    {
        var block = offset / MonteCarloRunner.BlockSize;
        var fold = Volatile.Read(ref _folds[block]);
        if (fold is null)
        {
            var fresh = new OrderedFold(BlockRuns(block));
            fold = Interlocked.CompareExchange(ref _folds[block], fresh, null) ?? fresh;
        }
        fold.Complete(offset % MonteCarloRunner.BlockSize, result);
        if (Interlocked.Decrement(ref _pending[block]) != 0) return;
        // Every run of the block has completed: whoever completed the last one folds what is left.
        Volatile.Write(ref _done[block], fold.Finish());
        _folds[block] = null;
    }

    /// <summary>Hands the finished blocks that come next in order to <paramref name="onBlock"/>.</summary>
    private void HandOut(Action<MonteCarloSummary, int> onBlock)
    {
        while (_handedOut < _done.Length && Volatile.Read(ref _done[_handedOut]) is { } summary)
        {
            _done[_handedOut] = null;
            _handedOut++;
            onBlock(summary, Math.Min(_endRun, _firstRun + _handedOut * MonteCarloRunner.BlockSize));
        }
    }

    private int BlockRuns(int block) => Math.Min(MonteCarloRunner.BlockSize, _endRun - _firstRun - block * MonteCarloRunner.BlockSize);

    /// <summary>
    /// A worker on a thread-pool thread (reused from forecast to forecast, unlike a thread of its own). One that has
    /// not started by the time the calling thread has run out of runs is not waited for: it would find none left.
    /// </summary>
    private sealed class Helper(DrawWorkers pool) : IThreadPoolWorkItem
    {
        private const int Pending = 0, Running = 1, Finished = 2, Skipped = 3;
        private readonly ManualResetEventSlim _finished = new();
        private int _state;

        public void Execute()
        {
            if (Interlocked.CompareExchange(ref _state, Running, Pending) != Pending) return;
            try
            {
                pool.Work(null);
            }
            finally
            {
                Volatile.Write(ref _state, Finished);
                _finished.Set();
            }
        }

        public void WaitOrCancel()
        {
            if (Interlocked.CompareExchange(ref _state, Skipped, Pending) == Pending) return;
            _finished.Wait();
            _finished.Dispose();
        }
    }
}
