namespace Plenum.Core.Power.Engines;

/// <summary>Runs loop bodies on all cores for big work and inline for small work, where starting tasks would cost more than the work.</summary>
internal static class WorkSplitter
{
    /// <summary>Cell operations below which one thread is faster.</summary>
    public const double SmallWork = 4e6;

    public static void For(int count, bool parallel, Action<int> body)
    {
        if (!parallel || count <= 1)
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        Parallel.For(0, count, body);
    }
}
