using System.Text;
using Plenum.Evidence;
using Plenum.Evidence.Annotation;
using Plenum.Storage.Evidence;
using Xunit.Abstractions;

namespace Plenum.Storage.Tests.Evidence;

/// <summary>
/// The behaviour every evidence back end must show, run on a temporary SQLite file and on a fresh PostgreSQL
/// schema (same pattern as <see cref="RunStoreContract"/>).
/// </summary>
public abstract partial class EvidenceStoreContract(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<IEvidenceStore> _opened = [];
    private SqlEvidenceStore? _store;

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>False when the back end is not available here; the reason has been written to the output.</summary>
    protected bool Available { get; private set; }

    private protected SqlEvidenceStore Store => _store ??= Open();

    protected abstract Task<bool> PrepareLocationAsync();

    private protected abstract SqlEvidenceStore CreateStore();

    /// <summary>The <c>--store</c> value of this test's location.</summary>
    protected abstract string Spec { get; }

    protected abstract Task<object?> ScalarAsync(string sql);

    protected abstract Task CleanupAsync();

    private protected SqlEvidenceStore Open()
    {
        var store = CreateStore();
        _opened.Add(store);
        return store;
    }

    protected async Task<long> CountAsync(string table) => Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM {table}"));

    public async Task InitializeAsync() => Available = await PrepareLocationAsync();

    public async Task DisposeAsync()
    {
        foreach (var store in _opened) await store.DisposeAsync();
        if (Available) await CleanupAsync();
    }

    protected const string Minutes =
        "The April Plenum\n\nKamenev asked: \"But that would be a platform?\" Bukharin said that he did not go to the Plenum again.\n\n" +
        "Зиновьев молчал. Ordjonikidzé answered for the commission.";

    protected static PreparedDocument Prepare(string text, string sourceId = "militant-1929", string workspace = DocumentMetadata.DefaultWorkspace,
        IReadOnlyList<IPassageAnnotator>? annotators = null, string fileName = "minutes.txt") =>
        DocumentPreparation.Prepare(Encoding.UTF8.GetBytes(text), fileName,
            new DocumentMetadata(sourceId, null, "L. Trotsky", "The Militant", new DateOnly(1929, 4, 23), workspace), annotators);

    /// <summary>An annotator that returns what it is given, standing in for the quotation finder and the name resolver.</summary>
    protected sealed class FixedAnnotator(string name, DocumentAnnotations found) : IPassageAnnotator
    {
        public string Name => name;

        public DocumentAnnotations Annotate(AnnotationInput input) => found;
    }
}
