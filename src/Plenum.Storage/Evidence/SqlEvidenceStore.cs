using System.Data.Common;
using System.Globalization;
using Plenum.Evidence;
using Plenum.Evidence.Annotation;
using Plenum.Evidence.Search;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Evidence;

/// <summary>
/// What the SQLite and PostgreSQL evidence stores share: the statements (plain ADO.NET with named parameters, as
/// the run store), the single-transaction add, and reading rows back. Connections, the schema and error wording
/// come from the run store at the same location; subclasses supply dates and the full-text search statement.
/// </summary>
internal abstract class SqlEvidenceStore(SqlRunStore runs) : IEvidenceStore
{
    /// <summary>Rows per multi-row INSERT: fewer round trips to PostgreSQL, well under SQLite's parameter limit.</summary>
    private const int RowsPerInsert = 200;

    private const string SummaryColumns =
        "id, workspace, source_id, title, author, publisher, published_on, format, encoding, file_name, content_hash, " +
        "byte_length, text_length, page_starts, extractor_version, added_at";

    /// <summary>The run store whose connections and schema this store uses.</summary>
    internal SqlRunStore Runs { get; } = runs;

    /// <summary>Test seam: runs inside the add transaction after the document row is written, before its segments are.</summary>
    internal Action? AfterDocumentRowWritten { get; set; }

    public string Location => Runs.Location;

    /// <summary>Configures a connection before a document is written (SQLite: a larger page cache for the index).</summary>
    protected virtual Task BeforeWriteAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The database value of a date.</summary>
    protected abstract object? DbDate(DateOnly? date);

    /// <summary>The date a database value stands for.</summary>
    protected abstract DateOnly? ReadDate(object value);

    /// <summary>
    /// The id and rank of each of the first <paramref name="cap"/> segments of the workspace that match, in the order
    /// they were added: one pass over the index that stops at the cap.
    /// </summary>
    protected abstract Task<List<(long Segment, double Rank)>> RankMatchesAsync(DbConnection connection, EvidenceSearch search, int cap,
        CancellationToken cancellationToken);

    /// <summary>True when a higher rank is a better hit (PostgreSQL's <c>ts_rank</c>); false when lower is better (SQLite's bm25).</summary>
    protected abstract bool HigherRankIsBetter { get; }

    public Task PrepareAsync(CancellationToken cancellationToken = default) => Runs.PrepareAsync(cancellationToken);

    public ValueTask DisposeAsync() => Runs.DisposeAsync();

    public Task<string?> FindByHashAsync(string contentHash, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        Runs.UseAsync(async connection => await Db.ScalarAsync(connection, null,
            "SELECT id FROM evidence_documents WHERE workspace = @Workspace AND content_hash = @Hash", cancellationToken,
            ("Workspace", workspace), ("Hash", contentHash)).ConfigureAwait(false) as string, cancellationToken);

    public Task<AddedDocument> AddAsync(PreparedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        return Runs.UseAsync(async connection =>
        {
            await BeforeWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var transaction = await Runs.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (var existing = Db.Command(connection, transaction,
                "SELECT id, title FROM evidence_documents WHERE workspace = @Workspace AND content_hash = @Hash",
                ("Workspace", metadata.Workspace), ("Hash", document.ContentHash)))
            await using (var reader = await existing.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    return new AddedDocument(reader.GetString(0), false, reader.GetString(1));
            }

            var text = document.Extracted.Text;
            var key = Convert.ToInt64(await Db.ScalarAsync(connection, transaction,
                "INSERT INTO evidence_documents (workspace, id, source_id, title, author, publisher, published_on, format, encoding, file_name, " +
                "content_hash, byte_length, text_length, page_starts, extractor_version, added_at, text, original) VALUES " +
                "(@Workspace, @Id, @SourceId, @Title, @Author, @Publisher, @Date, @Format, @Encoding, @FileName, @Hash, @Bytes, @Length, " +
                "@Pages, @Extractor, @AddedAt, @Text, @Original) RETURNING doc_key", cancellationToken,
                ("Workspace", metadata.Workspace), ("Id", document.Id), ("SourceId", metadata.SourceId), ("Title", metadata.Title ?? document.FileName),
                ("Author", metadata.Author), ("Publisher", metadata.Publisher), ("Date", DbDate(metadata.Date)),
                ("Format", document.Extracted.Format.Name()), ("Encoding", document.Extracted.Encoding), ("FileName", document.FileName),
                ("Hash", document.ContentHash), ("Bytes", (long)document.Original.Length), ("Length", (long)text.Length),
                ("Pages", string.Join(",", document.Extracted.PageStarts.Select(p => p.ToString(CultureInfo.InvariantCulture)))),
                ("Extractor", document.ExtractorVersion), ("AddedAt", Runs.DbTime(DateTimeOffset.UtcNow)), ("Text", text),
                ("Original", document.Original)).ConfigureAwait(false));
            AfterDocumentRowWritten?.Invoke();

            await InsertRowsAsync(connection, transaction, "evidence_segments", ["doc_key", "start_offset", "end_offset", "text"],
                document.Segments.Select(s => new object?[] { key, s.Start, s.End, text[s.Start..s.End] }), null, cancellationToken).ConfigureAwait(false);
            var passageIds = await InsertRowsAsync(connection, transaction, "evidence_passages",
                ["doc_key", "start_offset", "end_offset", "exact", "prefix", "suffix"],
                document.Passages.Select(p => new object?[] { key, p.Start, p.End, p.Exact, p.Prefix, p.Suffix }), "id", cancellationToken).ConfigureAwait(false);
            await InsertRowsAsync(connection, transaction, "evidence_quotes",
                ["passage_id", "annotator", "speaker_actor", "addressee_actor", "rule", "confidence", "status"],
                document.Quotes.Select(q => new object?[] { passageIds[q.Passage], q.Annotator, q.Quote.Speaker, q.Quote.Addressee, q.Quote.Rule, q.Quote.Confidence, q.Quote.Status.Name() }),
                null, cancellationToken).ConfigureAwait(false);
            await InsertRowsAsync(connection, transaction, "evidence_mentions",
                ["passage_id", "annotator", "surface", "actor", "method", "score", "status"],
                document.Mentions.Select(m => new object?[] { passageIds[m.Passage], m.Annotator, m.Mention.Surface, m.Mention.Actor, m.Mention.Method, m.Mention.Score, m.Mention.Status.Name() }),
                null, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new AddedDocument(document.Id, true, metadata.Title ?? document.FileName);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<DocumentSummary>> ListAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, 10_000, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        var sql = $"SELECT {SummaryColumns} FROM evidence_documents WHERE workspace = @Workspace" +
                  (query.SourceId is null ? "" : " AND source_id = @SourceId") +
                  " ORDER BY doc_key DESC LIMIT @Limit OFFSET @Offset";
        return Runs.UseAsync<IReadOnlyList<DocumentSummary>>(async connection =>
        {
            await using var command = Db.Command(connection, null, sql, ("Workspace", query.Workspace), ("Limit", (long)query.Limit), ("Offset", (long)query.Offset));
            if (query.SourceId is not null) Db.Add(command, "SourceId", query.SourceId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<DocumentSummary>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) list.Add(ReadSummary(reader));
            return list;
        }, cancellationToken);
    }

    public Task<StoredDocument?> GetAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        Runs.UseAsync(async connection =>
        {
            await using var command = Db.Command(connection, null,
                $"SELECT {SummaryColumns}, text FROM evidence_documents WHERE workspace = @Workspace AND id = @Id", ("Workspace", workspace), ("Id", id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? new StoredDocument(ReadSummary(reader), reader.GetString(16)) : null;
        }, cancellationToken);

    public Task<byte[]?> GetOriginalAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        Runs.UseAsync(async connection => await Db.ScalarAsync(connection, null,
            "SELECT original FROM evidence_documents WHERE workspace = @Workspace AND id = @Id", cancellationToken,
            ("Workspace", workspace), ("Id", id)).ConfigureAwait(false) as byte[], cancellationToken);

    public Task<SearchResults> SearchAsync(EvidenceSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.Limit, 1, nameof(search));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.Limit, 1000, nameof(search));
        ArgumentOutOfRangeException.ThrowIfLessThan(search.RankLimit, 1, nameof(search));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.RankLimit, 1_000_000, nameof(search));
        return Runs.UseAsync(async connection =>
        {
            // One pass ranks up to RankLimit + 1 matches; the extra one only tells that there are more than RankLimit.
            var ranked = await RankMatchesAsync(connection, search, search.RankLimit + 1, cancellationToken).ConfigureAwait(false);
            if (ranked.Count == 0) return SearchResults.None;
            var rankedAll = ranked.Count <= search.RankLimit;
            var best = ranked.Take(search.RankLimit)
                .OrderBy(m => HigherRankIsBetter ? -m.Rank : m.Rank).ThenBy(m => m.Segment)
                .Take(search.Limit).ToList();
            var segments = await SegmentsAsync(connection, best.Select(m => m.Segment).ToList(), cancellationToken).ConfigureAwait(false);
            var hits = best.Select(m =>
            {
                var s = segments[m.Segment];
                var matches = MatchLocator.Find(search.Query, s.Text, s.Start);
                var (snippet, snippetStart) = MatchLocator.Snippet(s.Text, s.Start, matches);
                return new SearchHit(s.Id, s.Title, s.SourceId, s.Start, s.Start + s.Text.Length, matches, snippet, snippetStart, m.Rank);
            }).ToList();
            return new SearchResults(hits, ranked.Count, rankedAll);
        }, cancellationToken);
    }

    /// <summary>The document, start offset and text of each of the given segments (the few best hits).</summary>
    private static async Task<Dictionary<long, (string Id, string Title, string SourceId, int Start, string Text)>> SegmentsAsync(
        DbConnection connection, List<long> ids, CancellationToken cancellationToken)
    {
        var segments = new Dictionary<long, (string, string, string, int, string)>();
        await using var command = Db.Command(connection, null,
            "SELECT s.id, d.id, d.title, d.source_id, s.start_offset, s.text FROM evidence_segments s " +
            "JOIN evidence_documents d ON d.doc_key = s.doc_key WHERE s.id IN (" + string.Join(", ", ids.Select((_, i) => $"@S{i}")) + ")");
        for (var i = 0; i < ids.Count; i++) Db.Add(command, $"S{i}", ids[i]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            segments[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5));
        return segments;
    }

    public Task<IReadOnlyList<StoredQuote>> QuotesAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        ReadAnnotationsAsync(id, workspace,
            "q.id, p.id, p.start_offset, p.end_offset, p.exact, p.prefix, p.suffix, q.annotator, q.speaker_actor, q.addressee_actor, q.rule, q.confidence, q.status",
            "evidence_quotes",
            (r, p) => new StoredQuote(r.GetInt64(0), r.GetInt64(1), p, r.GetString(7),
                new QuoteAnnotation(p.Start, p.End, NullableString(r, 8), NullableString(r, 9), r.GetString(10), r.GetDouble(11), AnnotationStatuses.Parse(r.GetString(12)))),
            cancellationToken);

    public Task<IReadOnlyList<StoredMention>> MentionsAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        ReadAnnotationsAsync(id, workspace,
            "q.id, p.id, p.start_offset, p.end_offset, p.exact, p.prefix, p.suffix, q.annotator, q.surface, q.actor, q.method, q.score, q.status",
            "evidence_mentions",
            (r, p) => new StoredMention(r.GetInt64(0), r.GetInt64(1), p, r.GetString(7),
                new MentionAnnotation(p.Start, p.End, r.GetString(8), NullableString(r, 9), r.GetString(10), r.GetDouble(11), AnnotationStatuses.Parse(r.GetString(12)))),
            cancellationToken);

    public Task<bool> DeleteAsync(string id, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        Runs.UseAsync(async connection =>
        {
            await using var transaction = await Runs.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            var deleted = await Db.ExecuteAsync(connection, transaction, "DELETE FROM evidence_documents WHERE workspace = @Workspace AND id = @Id",
                cancellationToken, ("Workspace", workspace), ("Id", id)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return deleted > 0;
        }, cancellationToken);

    private Task<IReadOnlyList<T>> ReadAnnotationsAsync<T>(string id, string workspace, string columns, string table,
        Func<DbDataReader, PassageAnchor, T> read, CancellationToken cancellationToken) =>
        Runs.UseAsync<IReadOnlyList<T>>(async connection =>
        {
            await using var command = Db.Command(connection, null,
                $"SELECT {columns} FROM {table} q JOIN evidence_passages p ON p.id = q.passage_id " +
                "JOIN evidence_documents d ON d.doc_key = p.doc_key WHERE d.workspace = @Workspace AND d.id = @Id " +
                "ORDER BY p.start_offset, p.end_offset, q.id", ("Workspace", workspace), ("Id", id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var passage = new PassageAnchor(reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5), reader.GetString(6));
                list.Add(read(reader, passage));
            }
            return list;
        }, cancellationToken);

    /// <summary>
    /// Inserts rows in batches of <see cref="RowsPerInsert"/>; returns the generated <paramref name="returning"/> column of each row, in order,
    /// when asked. Multi-row statements save PostgreSQL round trips; SQLite, in process, overrides this with one prepared statement.
    /// </summary>
    protected virtual async Task<List<long>> InsertRowsAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns,
        IEnumerable<object?[]> rows, string? returning, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        foreach (var batch in rows.Chunk(RowsPerInsert))
        {
            var values = string.Join(", ", Enumerable.Range(0, batch.Length)
                .Select(r => "(" + string.Join(", ", columns.Select((_, c) => $"@P{r}_{c}")) + ")"));
            await using var command = Db.Command(connection, transaction,
                $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {values}" + (returning is null ? "" : $" RETURNING {returning}"));
            for (var r = 0; r < batch.Length; r++)
                for (var c = 0; c < columns.Length; c++)
                    Db.Add(command, $"P{r}_{c}", batch[r][c]);
            if (returning is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
            // RETURNING gives the rows in insertion order in both SQLite and PostgreSQL for a single VALUES list.
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private DocumentSummary ReadSummary(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Workspace = reader.GetString(1),
        SourceId = reader.GetString(2),
        Title = reader.GetString(3),
        Author = NullableString(reader, 4),
        Publisher = NullableString(reader, 5),
        Date = reader.IsDBNull(6) ? null : ReadDate(reader.GetValue(6)),
        Format = reader.GetString(7),
        Encoding = NullableString(reader, 8),
        FileName = reader.GetString(9),
        ContentHash = reader.GetString(10),
        ByteLength = reader.GetInt64(11),
        TextLength = reader.GetInt64(12),
        PageStarts = reader.GetString(13) is { Length: > 0 } pages ? pages.Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList() : [],
        ExtractorVersion = reader.GetString(14),
        AddedAt = Runs.ReadDbTime(reader.GetValue(15)),
    };

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
