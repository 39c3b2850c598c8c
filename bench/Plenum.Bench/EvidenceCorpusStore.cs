using System.Diagnostics;
using System.Globalization;
using System.Text;
using Plenum.Evidence;
using Plenum.Evidence.Search;
using Plenum.Storage.Evidence;

namespace Plenum.Bench;

/// <summary>
/// The search benchmarks' corpus: documents of 10 MB from <see cref="EvidenceCorpus"/>, added to a SQLite store in
/// <c>$TMPDIR/plenum-evidence-corpus-MBmb-v1/</c> once and kept for later runs (a 1 GB corpus takes many minutes);
/// its build time and sizes are written to <c>corpus.txt</c> beside it. Also a stopwatch probe for the searches
/// (<c>-- search MB [REPEATS]</c>), because BenchmarkDotNet's in-process toolchain times out building 1 GB.
/// </summary>
internal static class EvidenceCorpusStore
{
    private const int DocumentCharacters = 10 * 1024 * 1024;

    /// <summary>The queries the benchmarks time: a rare word, two names, a phrase of common words, and a word in nearly every segment.</summary>
    public static readonly string[] Queries = [EvidenceCorpus.RareWord, "kamenev bukharin", "\"did not go\"", "the"];

    /// <summary>Builds the corpus store of about <paramref name="megabytes"/> MiB of text unless it exists; returns the database path.</summary>
    public static async Task<string> BuildAsync(int megabytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"plenum-evidence-corpus-{megabytes}mb-v1");
        var path = Path.Combine(folder, "plenum.db");
        var report = Path.Combine(folder, "corpus.txt");
        if (!File.Exists(report))
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
            var generator = new EvidenceCorpus();
            var documents = Math.Max(1, megabytes / 10);
            var perDocument = (int)Math.Min(DocumentCharacters, megabytes * 1024L * 1024 / documents);
            long characters = 0;
            var clock = Stopwatch.StartNew();
            await using (var store = EvidenceStores.Open(path))
            {
                for (var d = 0; d < documents; d++)
                {
                    var bytes = Encoding.UTF8.GetBytes(generator.Text(perDocument, seed: 1000 + d));
                    var prepared = DocumentPreparation.Prepare(bytes, $"corpus-{d:D3}.txt", new DocumentMetadata($"corpus-{d % 7}"));
                    characters += prepared.Extracted.Text.Length;
                    await store.AddAsync(prepared);
                    if (d % 10 == 9) Console.Error.WriteLine($"// corpus: {d + 1}/{documents} documents, {clock.Elapsed.TotalSeconds:F0} s");
                }
            }
            var seconds = clock.Elapsed.TotalSeconds;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
            await File.WriteAllTextAsync(report, string.Create(CultureInfo.InvariantCulture,
                $"documents {documents}, text {characters / 1048576.0:F0} MiB, built in {seconds:F0} s ({characters / 1048576.0 / seconds:F1} MiB/s), store file {size / 1048576.0:F0} MiB\n"));
        }
        Console.WriteLine("// corpus: " + (await File.ReadAllTextAsync(report)).Trim() + $" ({folder})");
        return path;
    }

    /// <summary>Times each query <paramref name="repeats"/> times after one warm-up and prints the median and the slowest.</summary>
    public static async Task ProbeAsync(int megabytes, int repeats)
    {
        await using var store = EvidenceStores.Open(await BuildAsync(megabytes));
        await store.PrepareAsync();
        foreach (var query in Queries)
        {
            var search = new EvidenceSearch(SearchQuery.Parse(query)) { Limit = 20 };
            var hits = await store.SearchAsync(search);
            var times = new List<double>();
            for (var r = 0; r < repeats; r++)
            {
                var clock = Stopwatch.StartNew();
                hits = await store.SearchAsync(search);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"search {query,-20} {hits.Count,3} hits, median {times[times.Count / 2],8:F1} ms, slowest {times[^1],8:F1} ms ({repeats} runs)"));
        }
    }
}
