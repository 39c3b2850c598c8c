using Plenum.Evidence;
using Plenum.Evidence.Search;

namespace Plenum.Storage.Evidence;

/// <summary>
/// The documents that scenarios cite, kept in the same store as the runs (same file or database, same schema
/// versions): their original bytes, their extracted text, a full-text index, and the passages that quotes and
/// name mentions sit on. <see cref="EvidenceStores.Open(string?)"/> opens it like <see cref="RunStores.Open(string?)"/>.
/// </summary>
/// <remarks>
/// A document and every row that belongs to it (segments, index entries, passages, quotes, mentions) are written
/// in one transaction. Adding the same bytes twice to a workspace stores them once. Failures the user can act on
/// arrive as <see cref="StoreException"/>. Safe to use from several threads.
/// </remarks>
public interface IEvidenceStore : IAsyncDisposable
{
    /// <summary>Where the store is, for messages; never a password.</summary>
    string Location { get; }

    /// <summary>Connects and creates or upgrades the schema now.</summary>
    Task PrepareAsync(CancellationToken cancellationToken = default);

    /// <summary>The id of the document with these bytes (by SHA-256) in the workspace, or null; lets a caller skip extraction of a file already stored.</summary>
    Task<string?> FindByHashAsync(string contentHash, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default);

    /// <summary>Stores a prepared document with all its rows in one transaction, unless the same bytes are already stored in its workspace.</summary>
    Task<AddedDocument> AddAsync(PreparedDocument document, CancellationToken cancellationToken = default);

    /// <summary>The documents of a workspace, newest first, without text.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    /// <summary>A document with its text, or null when the workspace has no document with this id.</summary>
    Task<StoredDocument?> GetAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default);

    /// <summary>The original bytes of a document, or null when there is no such document.</summary>
    Task<byte[]?> GetOriginalAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Full-text search: matching segments, best first, with the matched words' offsets and a snippet; for a query
    /// matching more segments than <see cref="EvidenceSearch.RankLimit"/>, the best of the first that many (see <see cref="SearchResults"/>).
    /// </summary>
    Task<SearchResults> SearchAsync(EvidenceSearch search, CancellationToken cancellationToken = default);

    /// <summary>The quotes stored for a document, in text order.</summary>
    Task<IReadOnlyList<StoredQuote>> QuotesAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default);

    /// <summary>The name mentions stored for a document, in text order.</summary>
    Task<IReadOnlyList<StoredMention>> MentionsAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document and everything on it; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default);
}
