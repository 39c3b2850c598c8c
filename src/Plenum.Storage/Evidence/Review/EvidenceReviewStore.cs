using System.Data.Common;
using Plenum.Evidence;
using Plenum.Evidence.Annotation;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Evidence.Review;

/// <summary>
/// The analyst's review of the evidence, kept in the evidence store (migration <c>0004_evidence_reviews</c>):
/// decisions on quote attributions and on name merges. The machine's suggestions stay as the annotators stored
/// them; each decision is a new row with who and when, and the latest one stands.
/// </summary>
/// <remarks>
/// Works on SQLite and PostgreSQL alike, through the connections of the evidence store it is made from. A
/// decision and the status it gives the annotations it covers are written in one transaction. Thread-safe.
/// </remarks>
public sealed partial class EvidenceReviewStore
{
    private const string QuoteReviewColumns = "r.id, r.quote_id, r.verdict, r.speaker_actor, r.addressee_actor, r.analyst, r.decided_at, r.note";

    private const string QuoteInWorkspace =
        "FROM evidence_quotes q JOIN evidence_passages p ON p.id = q.passage_id JOIN evidence_documents d ON d.doc_key = p.doc_key " +
        "WHERE q.id = @Quote AND d.workspace = @Workspace";

    private readonly SqlEvidenceStore _evidence;

    private EvidenceReviewStore(SqlEvidenceStore evidence) => _evidence = evidence;

    private SqlRunStore Runs => _evidence.Runs;

    /// <summary>The review tables of an open evidence store.</summary>
    /// <exception cref="ArgumentException">The store is not one of Plenum's SQL stores.</exception>
    public static EvidenceReviewStore For(IEvidenceStore store) =>
        store is SqlEvidenceStore sql ? new EvidenceReviewStore(sql) : throw new ArgumentException("reviews need an SQLite or PostgreSQL evidence store", nameof(store));

    /// <summary>The quotes of a document in text order, each with the latest decision on it.</summary>
    public async Task<IReadOnlyList<ReviewedQuote>> QuotesAsync(string documentId, string workspace = DocumentMetadata.DefaultWorkspace,
        CancellationToken cancellationToken = default)
    {
        var quotes = await _evidence.QuotesAsync(documentId, workspace, cancellationToken).ConfigureAwait(false);
        var latest = new Dictionary<long, QuoteReview>();
        foreach (var review in await QueryReviewsAsync(
                     $"SELECT {QuoteReviewColumns} FROM evidence_quote_reviews r JOIN evidence_quotes q ON q.id = r.quote_id " +
                     "JOIN evidence_passages p ON p.id = q.passage_id JOIN evidence_documents d ON d.doc_key = p.doc_key " +
                     "WHERE d.workspace = @Workspace AND d.id = @Id ORDER BY r.id", cancellationToken,
                     ("Workspace", workspace), ("Id", documentId)).ConfigureAwait(false))
            latest[review.QuoteId] = review;
        return quotes.Select(q => new ReviewedQuote(documentId, q, latest.GetValueOrDefault(q.Id))).ToList();
    }

    /// <summary>One quote of the workspace with the latest decision on it, or null when the workspace has no such quote.</summary>
    public async Task<ReviewedQuote?> QuoteAsync(long quoteId, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default)
    {
        var documentId = await Runs.UseAsync(async connection => await Db.ScalarAsync(connection, null, "SELECT d.id " + QuoteInWorkspace,
            cancellationToken, ("Quote", quoteId), ("Workspace", workspace)).ConfigureAwait(false) as string, cancellationToken).ConfigureAwait(false);
        if (documentId is null) return null;
        return (await QuotesAsync(documentId, workspace, cancellationToken).ConfigureAwait(false)).FirstOrDefault(q => q.Id == quoteId);
    }

    /// <summary>Every decision on a quote, oldest first.</summary>
    public Task<IReadOnlyList<QuoteReview>> QuoteHistoryAsync(long quoteId, string workspace = DocumentMetadata.DefaultWorkspace,
        CancellationToken cancellationToken = default) =>
        QueryReviewsAsync($"SELECT {QuoteReviewColumns} FROM evidence_quote_reviews r JOIN evidence_quotes q ON q.id = r.quote_id " +
                          "JOIN evidence_passages p ON p.id = q.passage_id JOIN evidence_documents d ON d.doc_key = p.doc_key " +
                          "WHERE r.quote_id = @Quote AND d.workspace = @Workspace ORDER BY r.id", cancellationToken,
            ("Quote", quoteId), ("Workspace", workspace));

    /// <summary>Confirms the machine's attribution of a quote (its speaker and addressee at this moment).</summary>
    /// <exception cref="EvidenceReviewException">The workspace has no such quote.</exception>
    public Task<ReviewedQuote> ConfirmQuoteAsync(long quoteId, string analyst, DateTimeOffset at, string? note = null,
        string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        DecideQuoteAsync(quoteId, null, analyst, at, note, workspace, cancellationToken);

    /// <summary>
    /// Corrects a quote's attribution: the analyst's speaker and addressee (actor ids, null for nobody) are kept
    /// next to the machine's. A correction equal to the machine's attribution is recorded as a confirmation.
    /// </summary>
    /// <exception cref="EvidenceReviewException">The workspace has no such quote.</exception>
    public Task<ReviewedQuote> CorrectQuoteAsync(long quoteId, string? speaker, string? addressee, string analyst, DateTimeOffset at,
        string? note = null, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        DecideQuoteAsync(quoteId, (speaker, addressee), analyst, at, note, workspace, cancellationToken);

    private async Task<ReviewedQuote> DecideQuoteAsync(long quoteId, (string? Speaker, string? Addressee)? correction, string analyst,
        DateTimeOffset at, string? note, string workspace, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(analyst);
        var found = await Runs.UseAsync(async connection =>
        {
            await using var transaction = await Runs.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            string? machineSpeaker, machineAddressee;
            await using (var command = Db.Command(connection, transaction, "SELECT q.speaker_actor, q.addressee_actor " + QuoteInWorkspace,
                             ("Quote", quoteId), ("Workspace", workspace)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return false;
                machineSpeaker = reader.IsDBNull(0) ? null : reader.GetString(0);
                machineAddressee = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
            var (speaker, addressee) = correction ?? (machineSpeaker, machineAddressee);
            var verdict = speaker == machineSpeaker && addressee == machineAddressee ? QuoteVerdict.Confirmed : QuoteVerdict.Corrected;
            await Db.ExecuteAsync(connection, transaction,
                "INSERT INTO evidence_quote_reviews (quote_id, verdict, speaker_actor, addressee_actor, analyst, decided_at, note) " +
                "VALUES (@Quote, @Verdict, @Speaker, @Addressee, @Analyst, @At, @Note)", cancellationToken,
                ("Quote", quoteId), ("Verdict", verdict.Name()), ("Speaker", speaker), ("Addressee", addressee), ("Analyst", analyst),
                ("At", Runs.DbTime(at)), ("Note", string.IsNullOrWhiteSpace(note) ? null : note)).ConfigureAwait(false);
            await Db.ExecuteAsync(connection, transaction, "UPDATE evidence_quotes SET status = @Status WHERE id = @Quote", cancellationToken,
                ("Status", AnnotationStatus.Confirmed.Name()), ("Quote", quoteId)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (!found)
            throw new EvidenceReviewException($"no quote {quoteId} in workspace '{workspace}'; 'plenum evidence review quotes DOC' lists a document's quotes with their ids");
        return (await QuoteAsync(quoteId, workspace, cancellationToken).ConfigureAwait(false))!;
    }

    private Task<IReadOnlyList<QuoteReview>> QueryReviewsAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        Runs.UseAsync<IReadOnlyList<QuoteReview>>(async connection =>
        {
            await using var command = Db.Command(connection, null, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<QuoteReview>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                list.Add(new QuoteReview(reader.GetInt64(0), reader.GetInt64(1), QuoteVerdicts.Parse(reader.GetString(2)), Nullable(reader, 3),
                    Nullable(reader, 4), reader.GetString(5), Runs.ReadDbTime(reader.GetValue(6)), Nullable(reader, 7)));
            return list;
        }, cancellationToken);

    private static string? Nullable(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
