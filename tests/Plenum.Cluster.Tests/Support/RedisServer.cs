using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Plenum.Cluster.Tests.Support;

/// <summary>
/// A throw-away <c>redis-server</c> on 127.0.0.1 for one test class: a free port, its own temporary directory,
/// nothing saved to disk, stopped by its PID. Debian's package (<c>apt-get install redis-server</c>) is enough.
/// Without redis-server there is no server: outside CI the tests return early saying so; with <c>CI=true</c> they
/// fail (.ci/run installs it).
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;
    private string? _directory;

    /// <summary>The StackExchange.Redis configuration string for <c>plenum silo --redis</c>; null without a server.</summary>
    public string? Connection { get; private set; }

    /// <summary>Why the tests cannot run; null when they can.</summary>
    public string? Missing { get; private set; }

    /// <summary>True when CI runs the tests, where a missing server is a failure rather than a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        var executable = Executable();
        if (executable is null)
        {
            Missing = InCi
                ? "redis-server is not installed; .ci/run must install it (apt-get install redis-server)"
                : "redis-server is not installed, so the Redis membership tests did not run; install it with 'apt-get install redis-server'";
            return;
        }
        _directory = Directory.CreateTempSubdirectory("plenum-redis-").FullName;
        var port = SiloProcess.FreePorts(1)[0];
        var info = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--dir", _directory, "--save", "", "--appendonly", "no", "--daemonize", "no" })
            info.ArgumentList.Add(a);
        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForPortAsync(port);
        Connection = $"127.0.0.1:{port}";
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill();
        _process?.WaitForExit(10_000);
        _process?.Dispose();
        if (_directory is not null) Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private static string? Executable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/local/bin")
            .Select(d => Path.Combine(d, "redis-server"))
            .FirstOrDefault(File.Exists);

    private async Task WaitForPortAsync(int port)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (clock.Elapsed < TimeSpan.FromSeconds(30) && _process is { HasExited: false })
            {
                await Task.Delay(100);
            }
        }
    }
}
