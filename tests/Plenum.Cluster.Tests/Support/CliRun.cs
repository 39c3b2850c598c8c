using Plenum.Cli;

namespace Plenum.Cluster.Tests.Support;

/// <summary>Runs the real command line in-process and captures stdout, stderr and the exit code.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await PlenumApp.RunAsync(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public override string ToString() => $"exit {ExitCode}\n--- stderr\n{Stderr}";
}
