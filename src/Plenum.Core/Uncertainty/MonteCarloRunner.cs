using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>
/// Runs a model many times on draws of a scenario's uncertain inputs and summarises the outcomes.
/// </summary>
/// <remarks>
/// A model that declares a <c>MODEL.detail</c> option runs with it set to <c>none</c> unless the user set it:
/// the summary keeps no per-run tables. Run i draws its inputs and runs its model on <c>RandomStream.ForRun(seed, i)</c>; results are folded in
/// run order, block by block, so the output is identical at any degree of parallelism and memory stays
/// bounded. Thread-safe as long as the model is (models are pure).
/// </remarks>
public static class MonteCarloRunner
{
    /// <summary>Runs processed between two folds; bounds memory.</summary>
    private const int BlockSize = 512;

    /// <summary>Bins of the outcome histogram.</summary>
    public const int HistogramBins = 20;

    /// <summary>Runs the model <paramref name="runs"/> times and returns means over runs, with distributions.</summary>
    /// <param name="progress">Receives the number of runs completed so far.</param>
    public static ForecastResult Run(IForecastModel model, Scenario scenario, ModelOptions options, int runs,
        int maxDegreeOfParallelism = -1, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (runs < 1 || runs > ScenarioLimits.MaxRuns)
            throw new ArgumentOutOfRangeException(nameof(runs), runs, $"runs must be from 1 to {ScenarioLimits.MaxRuns:N0}");
        var summary = new MonteCarloSummary(scenario);
        // Per-run detail tables are discarded by the summary; ask the model not to build them.
        var detailKey = $"{model.Descriptor.Id}.detail";
        var runOptions = model.Descriptor.Options.Any(o => o.Key == detailKey) && !options.Has(detailKey) ? options.With(detailKey, "none") : options;
        var block = new ForecastResult[Math.Min(BlockSize, runs)];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        for (var start = 0; start < runs; start += block.Length)
        {
            var count = Math.Min(block.Length, runs - start);
            var offset = start;
            Parallel.For(0, count, parallel, k =>
            {
                var random = RandomStream.ForRun(options.Seed, offset + k);
                var drawn = ScenarioSampler.Draw(scenario, random);
                block[k] = model.Run(drawn, runOptions, random);
            });
            for (var k = 0; k < count; k++) summary.Add(block[k]);
            progress?.Report(start + count);
        }
        return summary.ToResult(model.Descriptor.Id, options, runs);
    }
}
