using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Plenum.Cluster.Tests.Support;

/// <summary>A real <c>plenum silo</c> process on 127.0.0.1, started from the built CLI and stopped by its PID.</summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(int port, int gatewayPort, IEnumerable<string> extra)
    {
        (Port, GatewayPort) = (port, gatewayPort);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { PlenumDll, "silo", "--port", $"{port}", "--gateway-port", $"{gatewayPort}" }.Concat(extra)) info.ArgumentList.Add(a);
        _process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            _log.Enqueue(e.Data);
            if (e.Data.Contains(" ready:", StringComparison.Ordinal)) _ready.TrySetResult();
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _log.Enqueue(e.Data); };
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"silo on port {port} exited:\n{Log}"));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The CLI built next to the tests (the test project references it).</summary>
    public static string PlenumDll => Path.Combine(AppContext.BaseDirectory, "plenum.dll");

    public int Port { get; }
    public int GatewayPort { get; }
    public string Name => $"127.0.0.1:{Port}";
    public string Gateway => $"127.0.0.1:{GatewayPort}";
    public int Pid => _process.Id;
    public string Log => string.Join('\n', _log);

    /// <summary>Starts a silo and waits until it says it is ready.</summary>
    public static async Task<SiloProcess> StartAsync(int port, int gatewayPort, params string[] extra)
    {
        var silo = new SiloProcess(port, gatewayPort, extra);
        try
        {
            await silo._ready.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }
        catch
        {
            silo.Dispose();
            throw;
        }
        return silo;
    }

    /// <summary>kill -9: the silo gets no chance to leave the cluster cleanly.</summary>
    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    /// <summary>Ports nothing listens on right now, one per silo and gateway.</summary>
    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
