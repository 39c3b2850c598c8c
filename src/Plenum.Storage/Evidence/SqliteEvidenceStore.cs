using System.Data.Common;
using System.Globalization;
using Plenum.Storage.Sql;
using Plenum.Storage.Sqlite;

namespace Plenum.Storage.Evidence;

/// <summary>The evidence store in the SQLite file of the runs; search uses the FTS5 table <c>evidence_search</c> (unicode61 tokenizer, accents removed).</summary>
internal sealed class SqliteEvidenceStore(SqliteRunStore runs) : SqlEvidenceStore(runs)
{
    // The first @Cap matching rows in rowid order (the order added) and their bm25 rank, from the FTS5 index alone;
    // it stops at the cap. When another workspace exists, the join to the documents must come before the limit.
    private const string RankSingleWorkspace =
        "SELECT rowid, rank FROM evidence_search WHERE evidence_search MATCH @Query LIMIT @Cap";

    private const string RankSeveralWorkspaces =
        "SELECT evidence_search.rowid, evidence_search.rank FROM evidence_search " +
        "JOIN evidence_segments s ON s.id = evidence_search.rowid JOIN evidence_documents d ON d.doc_key = s.doc_key " +
        "WHERE evidence_search MATCH @Query AND d.workspace = @Workspace LIMIT @Cap";

    // The full-text index of a large document touches many pages; SQLite's default 2 MB cache makes it re-read them.
    protected override Task BeforeWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Db.ExecuteAsync(connection, null, "PRAGMA cache_size = -65536", cancellationToken);

    /// <summary>
    /// One single-row statement prepared once and re-bound for every row. SQLite has no round trips to save, and a
    /// multi-row statement costs it dearly: it parses the long statement again for every batch and looks each of its
    /// ~1,400 named parameters up by a linear search (measured: 80 % of a 10 MB ingest with 97,000 name mentions).
    /// </summary>
    protected override async Task<List<long>> InsertRowsAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns,
        IEnumerable<object?[]> rows, string? returning, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await using var command = Db.Command(connection, transaction,
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, c) => $"@P{c}"))})" +
            (returning is null ? "" : $" RETURNING {returning}"));
        var parameters = new DbParameter[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            parameters[c] = command.CreateParameter();
            parameters[c].ParameterName = $"@P{c}";
            command.Parameters.Add(parameters[c]);
        }
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Length; c++) parameters[c].Value = row[c] ?? DBNull.Value;
            if (returning is null) await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            else ids.Add(Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture));
        }
        return ids;
    }

    protected override object? DbDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override DateOnly? ReadDate(object value) => DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override bool HigherRankIsBetter => false;

    protected override async Task<List<(long Segment, double Rank)>> RankMatchesAsync(DbConnection connection,
        Plenum.Storage.Evidence.EvidenceSearch search, int cap, CancellationToken cancellationToken)
    {
        var ranked = new List<(long, double)>();
        var scope = await ScopeAsync(connection, search, cancellationToken).ConfigureAwait(false);
        if (scope == Scope.Empty) return ranked;
        await using var command = Db.Command(connection, null, scope == Scope.Alone ? RankSingleWorkspace : RankSeveralWorkspaces,
            ("Query", search.Query.ToFts5()), ("Cap", (long)cap), ("Workspace", search.Workspace));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
        return ranked;
    }

    /// <summary>Whether the workspace has documents, and whether it is the only one (then the index alone answers).</summary>
    private static async Task<Scope> ScopeAsync(DbConnection connection, Plenum.Storage.Evidence.EvidenceSearch search, CancellationToken cancellationToken)
    {
        var hasOwn = Convert.ToInt64(await Db.ScalarAsync(connection, null,
            "SELECT EXISTS (SELECT 1 FROM evidence_documents WHERE workspace = @Workspace)", cancellationToken, ("Workspace", search.Workspace)).ConfigureAwait(false));
        if (hasOwn == 0) return Scope.Empty;
        var others = Convert.ToInt64(await Db.ScalarAsync(connection, null,
            "SELECT EXISTS (SELECT 1 FROM evidence_documents WHERE workspace <> @Workspace)", cancellationToken, ("Workspace", search.Workspace)).ConfigureAwait(false));
        return others == 0 ? Scope.Alone : Scope.Shared;
    }

    private enum Scope { Empty, Alone, Shared }
}
