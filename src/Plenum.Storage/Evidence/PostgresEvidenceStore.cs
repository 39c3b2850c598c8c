using System.Data.Common;
using Plenum.Storage.Postgres;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Evidence;

/// <summary>The evidence store in the PostgreSQL database of the runs; search uses the GIN-indexed tsvector of each segment ('simple' configuration).</summary>
internal sealed class PostgresEvidenceStore(PostgresRunStore runs) : SqlEvidenceStore(runs)
{
    // The first @Cap matching segments of the workspace (in the order added) and their rank.
    private const string Rank =
        "SELECT f.id, ts_rank(f.search, to_tsquery('simple', @Query)) FROM (SELECT s.id, s.search FROM evidence_segments s " +
        " JOIN evidence_documents d ON d.doc_key = s.doc_key WHERE s.search @@ to_tsquery('simple', @Query) AND d.workspace = @Workspace " +
        " ORDER BY s.id LIMIT @Cap) f ORDER BY f.id";

    protected override object? DbDate(DateOnly? date) => date;

    protected override DateOnly? ReadDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidCastException($"published_on holds a {value.GetType().Name}, expected a date"),
    };

    protected override bool HigherRankIsBetter => true;

    protected override async Task<List<(long Segment, double Rank)>> RankMatchesAsync(DbConnection connection, EvidenceSearch search, int cap,
        CancellationToken cancellationToken)
    {
        var ranked = new List<(long, double)>();
        await using var command = Db.Command(connection, null, Rank, ("Query", search.Query.ToTsQuery()), ("Cap", (long)cap), ("Workspace", search.Workspace));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) ranked.Add((reader.GetInt64(0), Convert.ToDouble(reader.GetValue(1))));
        return ranked;
    }
}
