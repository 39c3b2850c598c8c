using Plenum.Core.Models;
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
/// Runs are computed by a fixed set of workers that claim run indices in order (<see cref="DrawWorkers"/>) and
/// folded while the block is still running, by whichever worker finds the next run in order ready
/// (<see cref="OrderedFold"/>), so a block keeps few results alive and the fold is not a serial step between
/// blocks. A model that offers <see cref="IMonteCarloModel"/> is prepared once per worker. A run that throws
/// stops the others and its exception is rethrown as it was. Thread-safe as long as the model is (models are pure).
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
        DrawWorkers.Run(model, scenario, options, RunOptions(model, options), 0, runs, maxDegreeOfParallelism, (block, end) =>
        {
            total.Add(new MonteCarloPartial(end - block.Runs, [block]));
            progress?.Report(end);
        }, cancellationToken);
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
        var summaries = new List<MonteCarloSummary>();
        DrawWorkers.Run(model, scenario, options, RunOptions(model, options), firstRun, endRun, maxDegreeOfParallelism, (block, end) =>
        {
            summaries.Add(block);
            progress?.Report(end - firstRun);
        }, cancellationToken);
        return new MonteCarloPartial(firstRun, summaries);
    }

    /// <summary>The options each run gets: per-run detail tables are discarded by the summary, so the model is asked not to build them.</summary>
    private static ModelOptions RunOptions(IForecastModel model, ModelOptions options)
    {
        var detailKey = $"{model.Descriptor.Id}.detail";
        return model.Descriptor.Options.Any(o => o.Key == detailKey) && !options.Has(detailKey) ? options.With(detailKey, "none") : options;
    }
}
