using System.Runtime.ExceptionServices;
using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>
/// Runs a model many times on draws of a scenario's uncertain inputs and summarises the outcomes.
/// </summary>
/// <remarks>
/// A model that declares a <c>MODEL.detail</c> option runs with it set to <c>none</c> unless the user set it:
/// the summary keeps no per-run tables. Run i draws its inputs and runs its model on <c>RandomStream.ForRun(seed, i)</c>.
/// Runs are folded in run order within blocks of <see cref="BlockSize"/> runs, and the blocks are folded in
/// order, so the output is identical at any degree of parallelism — and when blocks are computed elsewhere
/// (<see cref="RunBatch"/>, merged by <see cref="MonteCarloAccumulator"/>) — while memory stays bounded.
/// Runs are folded while the block is still running, by whichever worker finds the next run in order ready
/// (<see cref="OrderedFold"/>), so a block keeps few results alive and the fold is not a serial step between
/// blocks. A model that offers <see cref="IMonteCarloModel"/> is prepared once per worker and block.
/// Thread-safe as long as the model is (models are pure).
/// </remarks>
public static class MonteCarloRunner
{
    /// <summary>Runs folded together before their sums join the total; batches start on multiples of it.</summary>
    public const int BlockSize = 512;

    /// <summary>Bins of the outcome histogram.</summary>
    public const int HistogramBins = 20;

    /// <summary>Runs the model <paramref name="runs"/> times and returns means over runs, with distributions.</summary>
    /// <param name="progress">Receives the number of runs completed so far.</param>
    public static ForecastResult Run(IForecastModel model, Scenario scenario, ModelOptions options, int runs,
        int maxDegreeOfParallelism = -1, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (runs < 1 || runs > ScenarioLimits.MaxRuns)
            throw new ArgumentOutOfRangeException(nameof(runs), runs, $"runs must be from 1 to {ScenarioLimits.MaxRuns:N0}");
        var total = new MonteCarloAccumulator();
        for (var start = 0; start < runs; start += BlockSize)
        {
            var end = Math.Min(runs, start + BlockSize);
            total.Add(RunBatch(model, scenario, options, start, end, maxDegreeOfParallelism, cancellationToken: cancellationToken));
            progress?.Report(end);
        }
        return total.ToResult(scenario, model.Descriptor.Id, options);
    }

    /// <summary>
    /// Runs <c>[firstRun, endRun)</c> only and returns their partial fold, for a worker that computes a slice
    /// of a sweep. <paramref name="firstRun"/> must be a multiple of <see cref="BlockSize"/>, and so must
    /// <paramref name="endRun"/> unless it is the sweep's last run.
    /// </summary>
    /// <param name="progress">Receives the number of runs of this batch completed so far.</param>
    public static MonteCarloPartial RunBatch(IForecastModel model, Scenario scenario, ModelOptions options, int firstRun, int endRun,
        int maxDegreeOfParallelism = -1, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (firstRun < 0 || firstRun % BlockSize != 0)
            throw new ArgumentOutOfRangeException(nameof(firstRun), firstRun, $"a batch starts on a multiple of {BlockSize}");
        if (endRun <= firstRun || endRun > ScenarioLimits.MaxRuns)
            throw new ArgumentOutOfRangeException(nameof(endRun), endRun, "a batch holds at least one run");
        // Per-run detail tables are discarded by the summary; ask the model not to build them.
        var detailKey = $"{model.Descriptor.Id}.detail";
        var runOptions = model.Descriptor.Options.Any(o => o.Key == detailKey) && !options.Has(detailKey) ? options.With(detailKey, "none") : options;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        var summaries = new List<MonteCarloSummary>();
        for (var start = firstRun; start < endRun; start += BlockSize)
        {
            var count = Math.Min(BlockSize, endRun - start);
            var offset = start;
            var block = new OrderedFold(count);
            try
            {
                Parallel.For(0, count, parallel, () => Prepare(model, scenario, runOptions), (k, _, runner) =>
                {
                    var random = RandomStream.ForRun(options.Seed, offset + k);
                    var drawn = ScenarioSampler.Draw(scenario, random);
                    block.Complete(k, runner?.Run(drawn, random) ?? model.Run(drawn, runOptions, random));
                    return runner;
                }, _ => { });
            }
            catch (AggregateException e) when (e.InnerExceptions[0] is ModelInputException or ModelOptionException)
            {
                // A scenario the model cannot use is bad input, whichever run found out first.
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            summaries.Add(block.Finish());
            progress?.Report(start + count - firstRun);
        }
        return new MonteCarloPartial(firstRun, summaries);
    }

    /// <summary>The model's runner for draws of this scenario, or null to call <see cref="IForecastModel.Run"/>.</summary>
    private static IDrawRunner? Prepare(IForecastModel model, Scenario scenario, ModelOptions options) =>
        model is IMonteCarloModel repeatable ? repeatable.Prepare(scenario, options) : null;
}
