namespace Plenum.Core.Uncertainty;

/// <summary>
/// The Monte Carlo runs <c>[FirstRun, EndRun)</c> folded block by block, ready to be merged into a
/// <see cref="MonteCarloAccumulator"/>: what one batch of a distributed sweep sends back.
/// </summary>
/// <remarks>
/// Blocks are kept apart (one summary per <see cref="MonteCarloRunner.BlockSize"/> runs) because floating-point
/// sums are not associative: merging block after block gives the same bits as the in-process runner, while a
/// batch-level sum would not. <see cref="ToBytes"/> keeps every double exactly.
/// </remarks>
public sealed class MonteCarloPartial
{
    private const int FormatVersion = 1;

    internal MonteCarloPartial(int firstRun, IReadOnlyList<MonteCarloSummary> blocks)
    {
        FirstRun = firstRun;
        Blocks = blocks;
        EndRun = firstRun + blocks.Sum(b => b.Runs);
    }

    /// <summary>First run index folded.</summary>
    public int FirstRun { get; }

    /// <summary>One past the last run index folded.</summary>
    public int EndRun { get; }

    internal IReadOnlyList<MonteCarloSummary> Blocks { get; }

    /// <summary>The exact state as bytes, for sending to another process.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            w.Write(FormatVersion);
            w.Write(FirstRun);
            w.Write(Blocks.Count);
            foreach (var b in Blocks) b.Write(w);
        }
        return stream.ToArray();
    }

    /// <summary>Reads bytes written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a partial of this format.</exception>
    public static MonteCarloPartial FromBytes(byte[] bytes)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes));
            var version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"Monte Carlo partial of format {version}; expected {FormatVersion}");
            var first = r.ReadInt32();
            var blocks = new MonteCarloSummary[r.ReadInt32()];
            for (var i = 0; i < blocks.Length; i++) blocks[i] = MonteCarloSummary.Read(r);
            return new MonteCarloPartial(first, blocks);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("truncated Monte Carlo partial", e);
        }
    }
}
