using System.Text;
using BenchmarkDotNet.Attributes;
using Plenum.Core.Evidence.Quotes;
using Plenum.Core.Scenarios;

namespace Plenum.Bench;

/// <summary>
/// Issue 8's target "ingest and attribute 10 MB of plain text in under 10 s" (docs/performance/evidence.md), for
/// the quotation part: finding the quotations of 10 MB of text, and finding plus attributing them. The text is
/// the 1929 source repeated, each copy with the ten leaders' names rotated so that every copy names different
/// speakers; the roster is scenarios/politburo-1929.yaml.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private static readonly string[] Leaders =
        ["Bucharin", "Kamenev", "Piatakov", "Zinoviev", "Krupskaja", "Ordjonikidze", "Stalin", "Voroshilov", "Kalinin", "Molotov"];

    private string _text = "";
    private QuoteAttributor _attributor = null!;
    private QuoteScan _scan = null!;

    /// <summary>Size of the synthetic text in megabytes.</summary>
    [Params(10)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot();
        _text = Synthetic(File.ReadAllText(Path.Combine(root, "sources", "behind-the-scenes-1929.txt")), Megabytes * 1_000_000);
        var scenario = ScenarioLoader.LoadFile(Path.Combine(root, "scenarios", "politburo-1929.yaml")).Scenario!;
        _attributor = new QuoteAttributor(new AliasSpeakerResolver(scenario));
        _scan = QuoteFinder.Find(_text);
    }

    [Benchmark]
    public int FindQuotations() => QuoteFinder.Find(_text).Quotations.Count;

    [Benchmark]
    public int AttributeFoundQuotations() => _attributor.Attribute(_scan).Count;

    [Benchmark]
    public int FindAndAttribute() => _attributor.FindAndAttribute(_text).Count;

    /// <summary>The source repeated to <paramref name="size"/> characters, copy k with every leader's name shifted k places.</summary>
    internal static string Synthetic(string source, int size)
    {
        var text = new StringBuilder(size + source.Length);
        for (var copy = 0; text.Length < size; copy++)
        {
            var shifted = source;
            for (var i = 0; i < Leaders.Length; i++) shifted = shifted.Replace(Leaders[i], "\u0001" + i + "\u0002", StringComparison.Ordinal);
            for (var i = 0; i < Leaders.Length; i++) shifted = shifted.Replace("\u0001" + i + "\u0002", Leaders[(i + copy) % Leaders.Length], StringComparison.Ordinal);
            text.Append(shifted).Append("\n\n");
        }
        return text.ToString();
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plenum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Plenum.slnx not found above " + AppContext.BaseDirectory);
    }
}
