namespace Plenum.Core.Models.Bdm;

/// <summary>
/// When independent per-actor work of a round is spread over threads. Each index writes only its own outputs,
/// so results are identical, bit for bit, at any thread count.
/// </summary>
internal static class Parallelism
{
    /// <summary>Below this many items a loop runs on the calling thread.</summary>
    public const int Threshold = 128;
}
