using Plenum.Core.Models;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>
/// Folds <see cref="MonteCarloPartial"/>s in run order into the final Monte Carlo result. Whoever computed the
/// partials — this thread, other threads, other machines — the result is the same bit for bit.
/// </summary>
public sealed class MonteCarloAccumulator
{
    private const int FormatVersion = 1;
    private readonly MonteCarloSummary _total;

    /// <summary>An accumulator of no runs.</summary>
    public MonteCarloAccumulator() : this(new MonteCarloSummary()) { }

    private MonteCarloAccumulator(MonteCarloSummary total) => _total = total;

    /// <summary>Runs folded so far: the index of the next run expected.</summary>
    public int RunsFolded => _total.Runs;

    /// <summary>Folds the next partial; it must start where the runs folded so far end.</summary>
    /// <exception cref="ArgumentException">The partial does not continue the runs folded so far.</exception>
    public void Add(MonteCarloPartial partial)
    {
        if (partial.FirstRun != RunsFolded)
            throw new ArgumentException($"partial starts at run {partial.FirstRun}; the next run expected is {RunsFolded}", nameof(partial));
        foreach (var block in partial.Blocks) _total.Merge(block);
    }

    /// <summary>The summary over every run folded (means, distributions, notes).</summary>
    public ForecastResult ToResult(Scenario scenario, string model, ModelOptions options) =>
        RunsFolded == 0
            ? throw new InvalidOperationException("no runs folded")
            : _total.ToResult(scenario, model, options, RunsFolded);

    /// <summary>The exact state as bytes, for sending to another process.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            w.Write(FormatVersion);
            _total.Write(w);
        }
        return stream.ToArray();
    }

    /// <summary>Reads bytes written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an accumulator of this format.</exception>
    public static MonteCarloAccumulator FromBytes(byte[] bytes)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes));
            var version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"Monte Carlo accumulator of format {version}; expected {FormatVersion}");
            return new MonteCarloAccumulator(MonteCarloSummary.Read(r));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("truncated Monte Carlo accumulator", e);
        }
    }
}
