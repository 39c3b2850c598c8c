using Plenum.Core.Uncertainty;

namespace Plenum.Cluster;

/// <summary>
/// How a sweep's runs are split into batches: full batches first, then ever smaller ones, so that the workers
/// finish the last batches close together instead of one computing a whole batch while the others wait.
/// </summary>
/// <remarks>
/// The plan depends on the run count and batch size only, never on the cluster, so a coordinator that takes a
/// sweep over rebuilds the same batches. Every batch but the last holds whole blocks of
/// <see cref="MonteCarloRunner.BlockSize"/> runs; the blocks are folded apart, so the plan never changes a result.
/// </remarks>
public static class BatchPlan
{
    /// <summary>Once fewer runs than this many full batches remain, each batch takes this fraction of the rest.</summary>
    public const int TailBatches = 4;

    /// <summary>The batches as run ranges <c>[First, End)</c>, in order, covering <c>[0, runs)</c>.</summary>
    /// <param name="batchSize">The largest batch: a positive multiple of <see cref="MonteCarloRunner.BlockSize"/>.</param>
    public static IReadOnlyList<(int First, int End)> Of(int runs, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(runs);
        if (batchSize < MonteCarloRunner.BlockSize || batchSize % MonteCarloRunner.BlockSize != 0)
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, $"a multiple of {MonteCarloRunner.BlockSize}");
        var batches = new List<(int, int)>(runs / batchSize + 2 * TailBatches);
        const int block = MonteCarloRunner.BlockSize;
        for (var first = 0; first < runs;)
        {
            var remaining = runs - first;
            var size = remaining >= TailBatches * batchSize
                ? batchSize
                : Math.Max(block, remaining / TailBatches / block * block);
            var end = (int)Math.Min(runs, (long)first + size);
            batches.Add((first, end));
            first = end;
        }
        return batches;
    }
}
