using Plenum.Core.Models;

namespace Plenum.Core.Uncertainty;

/// <summary>
/// Folds the runs of one block into a <see cref="MonteCarloSummary"/> in run order while the runs are still being
/// computed on several threads: a worker that completes a run folds every run that is ready from the next one
/// expected onwards, unless another worker is already folding.
/// </summary>
/// <remarks>
/// The summary sees the runs in run order, exactly as a fold after the block would, so the sums are the same to
/// the last bit. What changes is when: the fold runs alongside the model instead of as a serial step between
/// blocks, and a result is dropped as soon as it is folded instead of living until the block ends (which made
/// results survive into the older generations of the garbage collector). A run finished while another worker
/// was folding may wait for the next completion; <see cref="Finish"/> folds whatever is left.
/// </remarks>
internal sealed class OrderedFold(int runs)
{
    private readonly ForecastResult?[] _ready = new ForecastResult?[runs];
    private readonly MonteCarloSummary _summary = new();
    private readonly Lock _folding = new();
    private int _next;

    /// <summary>Hands in run <paramref name="index"/> (0-based within the block) and folds what is ready, if no one else is.</summary>
    public void Complete(int index, ForecastResult result)
    {
        Volatile.Write(ref _ready[index], result);
        if (!_folding.TryEnter()) return;
        try
        {
            FoldReady();
        }
        finally
        {
            _folding.Exit();
        }
    }

    /// <summary>Folds the rest once every run has completed, and returns the block's summary.</summary>
    /// <exception cref="InvalidOperationException">A run never completed.</exception>
    public MonteCarloSummary Finish()
    {
        lock (_folding) FoldReady();
        return _next == runs ? _summary : throw new InvalidOperationException($"run {_next} of the block never completed");
    }

    private void FoldReady()
    {
        while (_next < runs && Volatile.Read(ref _ready[_next]) is { } result)
        {
            _summary.Add(result);
            _ready[_next++] = null;
        }
    }
}
