using System.Text;
using BenchmarkDotNet.Attributes;
using Plenum.Core.Evidence.Names;
using Plenum.Core.Scenarios;

namespace Plenum.Bench;

/// <summary>
/// Actor mentions across spellings (issue 8, part 3): finding every mention of the 1929 roster in 10 MB of
/// text, the ingest target being "ingest and attribute 10 MB of plain text in under 10 s". Three texts:
/// the 1929 source repeated to 10 MB (few distinct words, the caches help most); the same with a German,
/// French, English and Russian paragraph mixed in; and 10 MB of seeded pseudo-words, a fifth of them
/// capitalised and all distinct, with roster names sprinkled in (the fuzzy look-up's worst case). Figures in
/// docs/performance/evidence.md, "Names".
/// </summary>
[MemoryDiagnoser]
public class NameBenchmarks
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    private const string Multilingual = """
        Genosse Stalin empfing Sinowjew und Kamenew. Bucharins Anhänger warteten, während Ordschonikidse mit Kaganowitsch sprach.
        Le camarade Staline reçut Boukharine chez Ordjonikidzé. Zinovieff et Kroupskaïa parlèrent de Vorochilov.
        Comrade Molotov met Bukharin and Zinov'yev; Grigory Zinoviev wrote that Zinoviev, G. had signed. Ulyanov is not Uglanov.
        Товарищ Сталин принял Бухарина. Сталину доложили, что Зиновьев встретился с Каменевым, а Томского видели у Орджоникидзе.

        """;

    private ActorNameResolver _resolver = null!;
    private MentionFinder _finder = null!;
    private Scenario _scenario = null!;
    private string _repeated = "";
    private string _mixed = "";
    private string _distinct = "";

    private static readonly string[] Surfaces =
    [
        "Bucharin", "Stalin's", "Comrade Stalin", "Zinoviev, G.", "Grigory Zinoviev", "Сталина", "Бухарину", "Томского",
        "Boukharine", "Kroupskaïa", "Ordschonikidse", "Kaganowitsch", "Zinovieff", "Kujbyschew", "Vorosilov", "Trotsky",
        "Ulyanov", "Zinovyeva", "Krumin", "Tovstucha",
    ];

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot();
        _scenario = ScenarioLoader.LoadFile(Path.Combine(root, "scenarios", "politburo-1929.yaml")).Scenario
            ?? throw new InvalidOperationException("politburo-1929.yaml did not load");
        _resolver = ActorNameResolver.FromScenario(_scenario);
        _finder = new MentionFinder(_resolver);
        var source = File.ReadAllText(Path.Combine(root, "sources", "behind-the-scenes-1929.txt"));
        _repeated = RepeatTo(source);
        _mixed = RepeatTo(source + "\n\n" + Multilingual);
        _distinct = DistinctWords();
    }

    /// <summary>The 1929 source repeated to 10 MB, English rules.</summary>
    [Benchmark]
    public int FindMentions10MbSource() => _finder.Find(_repeated, "en").Count;

    /// <summary>The 1929 source with the four-language paragraph, repeated to 10 MB, language unknown (all rule sets).</summary>
    [Benchmark]
    public int FindMentions10MbMixedLanguages() => _finder.Find(_mixed, language: null).Count;

    /// <summary>10 MB of distinct pseudo-words with roster names, English rules: every capitalised word is new.</summary>
    [Benchmark]
    public int FindMentions10MbDistinctWords() => _finder.Find(_distinct, "en").Count;

    /// <summary>Twenty surface forms resolved once each (no cache): exact, transliterated, inflected, fuzzy and blocked.</summary>
    [Benchmark]
    public int ResolveTwentySurfaces()
    {
        var total = 0;
        foreach (var surface in Surfaces) total += _resolver.Resolve(surface, language: null).Count;
        return total;
    }

    /// <summary>Building the resolver and the gazetteer for the 1929 roster (26 actors).</summary>
    [Benchmark]
    public MentionFinder BuildFinder() => new(ActorNameResolver.FromScenario(_scenario));

    private static string RepeatTo(string unit)
    {
        var text = new StringBuilder(TenMegabytes + unit.Length);
        while (text.Length < TenMegabytes) text.Append(unit);
        return text.ToString();
    }

    /// <summary>Seeded pseudo-words (SplitMix64, seed 8): 20 % capitalised, a roster name every 40 words.</summary>
    private static string DistinctWords()
    {
        string[] names = ["Stalin", "Bucharin", "Sinowjew", "Boukharine", "Сталина", "Trotsky", "Comrade Molotov", "Zinoviev, G."];
        var state = 8UL;
        ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
        var text = new StringBuilder(TenMegabytes + 64);
        var count = 0;
        while (text.Length < TenMegabytes)
        {
            if (++count % 40 == 0)
            {
                text.Append(names[Next() % (ulong)names.Length]).Append(' ');
                continue;
            }
            var r = Next();
            var length = 3 + (int)(r % 8);
            var capital = (r >> 8) % 5 == 0;
            for (var i = 0; i < length; i++)
            {
                var letter = (char)('a' + (int)((r >> (12 + 4 * i)) % 26 + Next() % 26) % 26);
                text.Append(capital && i == 0 ? char.ToUpperInvariant(letter) : letter);
            }
            text.Append((r >> 60) == 0 ? ". " : " ");
        }
        return text.ToString();
    }

    /// <summary>The repository root: the first folder holding Plenum.slnx above the binaries or the working directory.</summary>
    private static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plenum.slnx"))) dir = dir.Parent;
            if (dir is not null) return dir.FullName;
        }
        throw new InvalidOperationException("Plenum.slnx not found above " + AppContext.BaseDirectory + " or the working directory");
    }
}
