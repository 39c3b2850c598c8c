using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Plenum.Evidence;
using Plenum.Evidence.Search;
using Plenum.Storage.Evidence;

namespace Plenum.Bench;

/// <summary>
/// The evidence store against the targets: ingest 10 MB of plain text in under 10 s (here without quote
/// attribution, which other annotators add), and answer a search over 1 GB of text in under 200 ms, on the
/// default SQLite store (FTS5). The 1 GB corpus (100 documents of 10 MB from <see cref="EvidenceCorpus"/>) is
/// built once into a temporary folder and kept there for later runs; its build time and sizes are written to
/// <c>corpus.txt</c> beside it and printed. <c>PLENUM_BENCH_CORPUS_MB</c> makes it smaller for a smoke run.
/// </summary>
[MemoryDiagnoser]
public class EvidenceStoreBenchmarks
{
    private const int DocumentCharacters = 10 * 1024 * 1024;

    private byte[] _tenMegabytes = [];
    private string _ingestFolder = "";
    private IEvidenceStore _ingestStore = null!;
    private IEvidenceStore _corpus = null!;
    private int _iteration;

    [GlobalSetup(Targets = [nameof(Extract10MB), nameof(Ingest10MB)])]
    public void SetupIngest()
    {
        _tenMegabytes = Encoding.UTF8.GetBytes(new EvidenceCorpus().Text(DocumentCharacters, seed: 7));
        _ingestFolder = Path.Combine(Path.GetTempPath(), "plenum-evidence-ingest-" + Guid.NewGuid().ToString("N"));
    }

    [IterationSetup(Target = nameof(Ingest10MB))]
    public void FreshStore()
    {
        _ingestStore = EvidenceStores.Open(Path.Combine(_ingestFolder, $"run-{_iteration++}.db"));
        _ingestStore.PrepareAsync().GetAwaiter().GetResult();
    }

    [IterationCleanup(Target = nameof(Ingest10MB))]
    public void DropStore()
    {
        _ingestStore.DisposeAsync().AsTask().GetAwaiter().GetResult();
        foreach (var file in Directory.GetFiles(_ingestFolder)) File.Delete(file);
    }

    [GlobalCleanup(Targets = [nameof(Extract10MB), nameof(Ingest10MB)])]
    public void CleanupIngest()
    {
        if (Directory.Exists(_ingestFolder)) Directory.Delete(_ingestFolder, recursive: true);
    }

    /// <summary>Hash, decode, normalise and segment 10 MB of plain text (no store).</summary>
    [Benchmark]
    public PreparedDocument Extract10MB() => DocumentPreparation.Prepare(_tenMegabytes, "ten.txt", new DocumentMetadata("bench"));

    /// <summary>The whole <c>plenum evidence add</c> of a 10 MB text into an empty store: prepare, then one transaction with the text, original, segments and index.</summary>
    [Benchmark]
    public Task<AddedDocument> Ingest10MB() => _ingestStore.AddAsync(DocumentPreparation.Prepare(_tenMegabytes, "ten.txt", new DocumentMetadata("bench")));

    [GlobalSetup(Targets = [nameof(SearchRareWord), nameof(SearchNamePair), nameof(SearchPhrase), nameof(SearchCommonWord)])]
    public async Task SetupCorpus()
    {
        var megabytes = int.TryParse(Environment.GetEnvironmentVariable("PLENUM_BENCH_CORPUS_MB"), out var mb) ? mb : 1024;
        var path = await EvidenceCorpusStore.BuildAsync(megabytes);
        _corpus = EvidenceStores.Open(path);
        await _corpus.PrepareAsync();
    }

    [GlobalCleanup(Targets = [nameof(SearchRareWord), nameof(SearchNamePair), nameof(SearchPhrase), nameof(SearchCommonWord)])]
    public async Task CleanupCorpus() => await _corpus.DisposeAsync();

    /// <summary>A word in about one segment per document.</summary>
    [Benchmark]
    public Task<SearchResults> SearchRareWord() => Search(EvidenceCorpus.RareWord);

    /// <summary>Two names that must both occur (each in a few per cent of segments).</summary>
    [Benchmark]
    public Task<SearchResults> SearchNamePair() => Search("kamenev bukharin");

    /// <summary>A phrase of common words.</summary>
    [Benchmark]
    public Task<SearchResults> SearchPhrase() => Search("\"did not go\"");

    /// <summary>The worst case: a word in nearly every segment, so every segment is ranked.</summary>
    [Benchmark]
    public Task<SearchResults> SearchCommonWord() => Search("the");

    private Task<SearchResults> Search(string query) => _corpus.SearchAsync(new EvidenceSearch(SearchQuery.Parse(query)) { Limit = 20 });
}
