using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Plenum.Storage;

namespace Plenum.Bench;

/// <summary>
/// What saving a run costs the CLI, against the issue's target "saving a run adds under 50 ms", on the default
/// SQLite store (WAL, synchronous=FULL: every save is one committed, fsynced transaction).
/// <c>SaveRun</c> writes to a store already in use; <c>OpenAndSaveRun</c> is what one <c>plenum forecast</c> process
/// pays: a new store instance, a fresh connection, the schema check and the save. <c>GetRun</c> reads one back.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private string _folder = "";
    private string _path = "";
    private IRunStore _store = null!;
    private RunRecord _run = null!;
    private long _savedId;

    /// <summary>Size of the result JSON: a small single-model result, and a large one with detail tables.</summary>
    [Params(20, 1000)]
    public int ResultKilobytes { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "plenum-store-bench-" + Guid.NewGuid().ToString("N"));
        _path = Path.Combine(_folder, "plenum.db");
        _run = new RunRecord
        {
            CreatedAt = new DateTimeOffset(1929, 3, 20, 10, 0, 0, TimeSpan.Zero),
            ScenarioId = "politburo-1929",
            ScenarioHash = ScenarioHash.Of("id: politburo-1929\n"),
            Models = ["bdm", "smp"],
            Options = new Dictionary<string, string> { ["bdm.rounds"] = "10" },
            Seed = 1,
            MonteCarloRuns = 1000,
            DurationMs = 840,
            Timings = new Dictionary<string, double> { ["load"] = 4, ["bdm"] = 500, ["smp"] = 336 },
            PlenumVersion = "0.1.0",
            ResultJson = ResultOfSize(ResultKilobytes * 1024),
        };
        _store = RunStores.Open(_path);
        _savedId = await _store.SaveAsync(_run);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<long> SaveRun() => _store.SaveAsync(_run);

    [Benchmark]
    public async Task<long> OpenAndSaveRun()
    {
        await using var store = RunStores.Open(_path);
        return await store.SaveAsync(_run);
    }

    [Benchmark]
    public Task<RunRecord?> GetRun() => _store.GetAsync(_savedId);

    /// <summary>A result-shaped JSON text (actor positions round by round) of about the given size.</summary>
    private static string ResultOfSize(int bytes)
    {
        var json = new StringBuilder("{\"scenario\":\"politburo-1929\",\"rounds\":[", bytes + 200);
        for (var round = 0; json.Length < bytes; round++)
        {
            if (round > 0) json.Append(',');
            json.Append("{\"round\":").Append(round).Append(",\"positions\":{");
            for (var actor = 0; actor < 12; actor++)
                json.Append(actor == 0 ? "" : ",").Append("\"actor-").Append(actor).Append("\":")
                    .Append((37.5 + actor * 3.25 + round / 7.0).ToString("R", CultureInfo.InvariantCulture));
            json.Append("}}");
        }
        return json.Append("]}").ToString();
    }
}
