using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Plenum.Load;

/// <summary>
/// A real <c>plenum serve</c> process on loopback (<c>dotnet plenum.dll serve</c>), so that it can be measured
/// from outside (resident memory from <c>/proc/PID/status</c>) and killed for real with SIGKILL.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The process id (for <c>/proc</c> and for the report).</summary>
    public int Id => _process.Id;

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>What the server printed so far (stdout and stderr), for failure messages.</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>The path of <c>plenum.dll</c> beside this assembly (the CLI is a project reference).</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "plenum.dll");

    /// <summary>
    /// Starts the server on a free loopback port with <paramref name="home"/> as <c>PLENUM_HOME</c> and waits until
    /// it answers <c>/login</c> (or fails after <paramref name="startTimeout"/>).
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string home, string? store, int queue, TimeSpan startTimeout,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = Cli(home, ["serve", "--urls", address.ToString().TrimEnd('/'), "--queue", queue.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        if (store is not null) { start.ArgumentList.Add("--store"); start.ArgumentList.Add(store); }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment["Plenum__" + key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start plenum serve");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitReadyAsync(startTimeout);
        return server;
    }

    /// <summary>A <c>dotnet plenum.dll ARGS</c> start description with <c>PLENUM_HOME</c> set and no inherited store.</summary>
    public static ProcessStartInfo Cli(string home, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["PLENUM_HOME"] = home;
        start.Environment.Remove("PLENUM_STORE");
        start.Environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        return start;
    }

    /// <summary>Creates a user with <c>plenum users add NAME --role ROLE</c>, the password on stdin.</summary>
    public static async Task AddUserAsync(string home, string? store, string name, string password, string role)
    {
        var args = new List<string> { "users", "add", name, "--role", role };
        if (store is not null) args.AddRange(["--store", store]);
        using var process = Process.Start(Cli(home, args)) ?? throw new InvalidOperationException("could not start plenum users add");
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"plenum users add {name} failed: {await stderr}");
    }

    /// <summary>Resident memory of the server in KiB (<c>VmRSS</c> of <c>/proc/PID/status</c>); 0 once it has exited.</summary>
    public long RssKiB()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Id}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
        }
        return 0;
    }

    /// <summary>SIGKILL: no handler, no flush, no finally block runs in the server.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"plenum serve exited with {_process.ExitCode}: {Log}");
            try
            {
                using var response = await http.GetAsync(new Uri(Address, "login"));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        await KillAsync();
        throw new TimeoutException($"plenum serve did not answer within {timeout.TotalSeconds:0} s: {Log}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
