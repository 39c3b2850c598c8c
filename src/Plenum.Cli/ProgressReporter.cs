using System.Diagnostics;
using Plenum.Core.Uncertainty;

namespace Plenum.Cli;

/// <summary>
/// Shows progress of long work on stderr: a single rewritten line in a terminal, plain lines every 10 %
/// otherwise (logs and CI). Stdout stays clean for results.
/// </summary>
internal static class ProgressReporter
{
    public static T Run<T>(Output output, string label, int total, Func<IProgress<int>, T> work)
    {
        var interactive = ReferenceEquals(output.Stderr, Console.Error) && !Console.IsErrorRedirected;
        var clock = Stopwatch.StartNew();
        var lastTenth = -1;
        var progress = new SynchronousProgress<int>(done =>
        {
            var tenth = (int)(10L * done / total);
            if (interactive)
            {
                var width = 30;
                var filled = (int)((long)width * done / total);
                output.Stderr.Write($"\r{label} [{new string('#', filled)}{new string('.', width - filled)}] {100L * done / total,3}% {clock.Elapsed.TotalSeconds,6:0.0}s");
            }
            else if (tenth != lastTenth)
            {
                output.Stderr.WriteLine($"{label}: {100L * done / total}% ({clock.Elapsed.TotalSeconds:0.0} s)");
            }
            lastTenth = tenth;
        });
        var result = work(progress);
        if (interactive) output.Stderr.WriteLine();
        return result;
    }
}
