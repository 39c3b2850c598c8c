namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Runs independent per-actor work of a round on several threads when the issue is large enough to gain.
/// Each index writes only its own outputs, so results are identical, bit for bit, at any thread count.
/// </summary>
internal static class Parallelism
{
    /// <summary>Below this many items the loop runs on the calling thread.</summary>
    public const int Threshold = 128;

    /// <summary>Calls <paramref name="body"/> for 0 ≤ i &lt; <paramref name="count"/>.</summary>
    public static void For(int count, Action<int> body)
    {
        if (count < Threshold)
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        Parallel.For(0, count, body);
    }
}
