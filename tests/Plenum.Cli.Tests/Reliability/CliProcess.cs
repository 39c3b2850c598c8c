using System.Diagnostics;
using Plenum.Load;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>How a CLI process ended: on its own (with its exit code) or by <c>kill -9</c>, and what it printed.</summary>
internal sealed record CliProcessEnd(bool Killed, int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed);

/// <summary>Starts the built CLI (<c>dotnet plenum.dll …</c>) as a separate process, so it can be killed for real.</summary>
internal static class CliProcess
{
    /// <summary>Runs the CLI and sends SIGKILL after <paramref name="killAfter"/> unless it has exited by then.</summary>
    public static async Task<CliProcessEnd> RunAsync(IEnumerable<string> args, TimeSpan? killAfter, string home)
    {
        var start = ServerProcess.Cli(home, args);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        var killed = false;
        if (killAfter is { } delay && await Task.WhenAny(exited, Task.Delay(delay)) != exited)
        {
            try
            {
                // Process.Kill sends SIGKILL on Unix: no handler, no flush, no finally block runs.
                process.Kill(entireProcessTree: true);
                killed = true;
            }
            catch (InvalidOperationException)
            {
                // It exited between the delay and the kill.
            }
        }
        await exited;
        var elapsed = clock.Elapsed;
        return new CliProcessEnd(killed, killed ? -9 : process.ExitCode, await stdout, await stderr, elapsed);
    }
}
