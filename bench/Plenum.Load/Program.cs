using System.Globalization;
using Plenum.Load;

// A bounded load test of `plenum serve` on loopback (docs/reliability.md, "Load"):
//   dotnet bench/Plenum.Load/bin/Release/net10.0/Plenum.Load.dll [--users N] [--seconds S] [--queue Q]
//       [--runs R] [--settle S] [--timeout S] [--store SPEC] [--idle-trim S]
// Starts the server with a temporary PLENUM_HOME (or the given store), creates four analysts with
// `plenum users add`, runs the load, waits the settle time, prints the figures and kills the server.
// --idle-trim sets the server's Plenum:IdleTrimSeconds (0 turns the idle memory trim off, for a before/after comparison).
// Exit 1 when a request got a 5xx or timed out, or the server did not answer after the load.
var users = Option("--users", 16);
var seconds = Option("--seconds", 60);
var queue = Option("--queue", 8);
var runs = Option("--runs", 20);
var settle = Option("--settle", 60);
var timeout = Option("--timeout", 30);
var store = Value("--store");
var idleTrim = Value("--idle-trim");

var home = Path.Combine(Path.GetTempPath(), "plenum-load-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(home);
try
{
    var accounts = Enumerable.Range(1, 4).Select(i => ($"load{i}", $"load-password-{i}")).ToList();
    foreach (var (name, password) in accounts) await ServerProcess.AddUserAsync(home, store, name, password, "analyst");
    var settings = idleTrim is null ? null : new Dictionary<string, string> { ["IdleTrimSeconds"] = idleTrim };
    await using var server = await ServerProcess.StartAsync(home, store, queue, TimeSpan.FromMinutes(2), settings);
    Console.Error.WriteLine($"plenum serve (pid {server.Id}) at {server.Address}; {users} users for {seconds} s, queue {queue}, forecasts of {runs} runs");
    var yaml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "two-actors.yaml"));
    var report = await LoadRun.RunAsync(server, new LoadOptions(users, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(timeout), Runs: runs),
        accounts, yaml, TimeSpan.FromSeconds(settle));
    Console.WriteLine(report.Describe());
    foreach (var line in server.Log.Split('\n').Where(l => l.Contains("idle memory trim", StringComparison.Ordinal))) Console.WriteLine("server: " + line.Trim());
    return report.ServerErrors == 0 && report.Timeouts == 0 && report.ConnectionFailures == 0 && report.AliveAfter ? 0 : 1;
}
finally
{
    Directory.Delete(home, recursive: true);
}

int Option(string name, int fallback) =>
    Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? Value(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
