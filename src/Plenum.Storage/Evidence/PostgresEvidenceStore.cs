using System.Data.Common;
using Plenum.Storage.Postgres;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Evidence;

/// <summary>The evidence store in the PostgreSQL database of the runs; search uses the GIN-indexed tsvector of each segment ('simple' configuration).</summary>
internal sealed class PostgresEvidenceStore(PostgresRunStore runs) : SqlEvidenceStore(runs)
{
    // The first @RankLimit matching segments (in the order added), ranked on the index and the small columns; only
    // the best are joined to their text.
    private const string Search =
        "SELECT d.id, d.title, d.source_id, s.start_offset, s.text, m.rank FROM " +
        "(SELECT f.id, ts_rank(f.search, q) AS rank FROM (SELECT s2.id, s2.search FROM evidence_segments s2 " +
        " JOIN evidence_documents d2 ON d2.doc_key = s2.doc_key WHERE s2.search @@ to_tsquery('simple', @Query) AND d2.workspace = @Workspace " +
        " ORDER BY s2.id LIMIT @RankLimit) f, to_tsquery('simple', @Query) q ORDER BY rank DESC, f.id LIMIT @Limit) m " +
        "JOIN evidence_segments s ON s.id = m.id JOIN evidence_documents d ON d.doc_key = s.doc_key ORDER BY m.rank DESC, s.id";

    private const string Count =
        "SELECT count(*) FROM (SELECT 1 FROM evidence_segments s2 JOIN evidence_documents d2 ON d2.doc_key = s2.doc_key " +
        " WHERE s2.search @@ to_tsquery('simple', @Query) AND d2.workspace = @Workspace LIMIT @Cap) c";

    protected override object? DbDate(DateOnly? date) => date;

    protected override DateOnly? ReadDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidCastException($"published_on holds a {value.GetType().Name}, expected a date"),
    };

    protected override async Task<int> CountMatchesAsync(DbConnection connection, EvidenceSearch search, int cap, CancellationToken cancellationToken) =>
        Convert.ToInt32(await Db.ScalarAsync(connection, null, Count, cancellationToken,
            ("Query", search.Query.ToTsQuery()), ("Cap", (long)cap), ("Workspace", search.Workspace)).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<List<(string Id, string Title, string SourceId, int Start, string Text, double Rank)>> MatchSegmentsAsync(
        DbConnection connection, EvidenceSearch search, CancellationToken cancellationToken)
    {
        var hits = new List<(string, string, string, int, string, double)>();
        await using var command = Db.Command(connection, null, Search,
            ("Query", search.Query.ToTsQuery()), ("Limit", (long)search.Limit), ("RankLimit", (long)search.RankLimit), ("Workspace", search.Workspace));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            hits.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), Convert.ToDouble(reader.GetValue(5))));
        return hits;
    }
}
