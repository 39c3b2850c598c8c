using System.Data.Common;
using Plenum.Core.Evidence.Names;
using Plenum.Evidence;
using Plenum.Evidence.Annotation;
using Plenum.Storage.Sql;

namespace Plenum.Storage.Evidence.Review;

public sealed partial class EvidenceReviewStore
{
    private const string MentionsOfWorkspace =
        "FROM evidence_mentions m JOIN evidence_passages p ON p.id = m.passage_id JOIN evidence_documents d ON d.doc_key = p.doc_key " +
        "WHERE d.workspace = @Workspace";

    /// <summary>Every name decision of the workspace, oldest first.</summary>
    public Task<IReadOnlyList<StoredNameDecision>> NameDecisionsAsync(string workspace = DocumentMetadata.DefaultWorkspace,
        CancellationToken cancellationToken = default) =>
        Runs.UseAsync<IReadOnlyList<StoredNameDecision>>(async connection =>
        {
            await using var command = Db.Command(connection, null,
                "SELECT id, workspace, surface, actor, verdict, analyst, decided_at, note FROM evidence_name_decisions WHERE workspace = @Workspace ORDER BY id",
                ("Workspace", workspace));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<StoredNameDecision>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                list.Add(new StoredNameDecision(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4) == "rejected" ? NameMergeVerdict.Rejected : NameMergeVerdict.Confirmed, reader.GetString(5),
                    Runs.ReadDbTime(reader.GetValue(6)), Nullable(reader, 7)));
            return list;
        }, cancellationToken);

    /// <summary>The workspace's decisions as the name resolver takes them (<see cref="NameResolverOptions.Decisions"/>).</summary>
    public async Task<NameMergeDecisions> MergeDecisionsAsync(string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        new((await NameDecisionsAsync(workspace, cancellationToken).ConfigureAwait(false)).Select(d => d.ToDecision()));

    /// <summary>The stored mentions of the workspace, counted per spelling, actor and method.</summary>
    public Task<IReadOnlyList<MentionTally>> MentionTalliesAsync(string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default) =>
        Runs.UseAsync<IReadOnlyList<MentionTally>>(async connection =>
        {
            await using var command = Db.Command(connection, null,
                "SELECT m.surface, m.actor, m.method, MAX(m.score), COUNT(*), COUNT(DISTINCT d.id) " + MentionsOfWorkspace +
                " AND m.actor IS NOT NULL GROUP BY m.surface, m.actor, m.method ORDER BY m.surface, m.actor, m.method", ("Workspace", workspace));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<MentionTally>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                list.Add(new MentionTally(reader.GetString(0), reader.GetString(1), reader.GetString(2), Convert.ToDouble(reader.GetValue(3)),
                    Convert.ToInt32(reader.GetValue(4)), Convert.ToInt32(reader.GetValue(5))));
            return list;
        }, cancellationToken);

    /// <summary>
    /// Confirms that <paramref name="surface"/> names the actor (a merge), for every document of the workspace;
    /// the mentions of that spelling resolved to the actor become <c>confirmed</c>.
    /// </summary>
    /// <param name="roster">The scenario's name resolver: the actor must be one of its actors, and none of its
    /// never-merge pairs (the defaults, the scenario's own) may forbid the merge.</param>
    /// <exception cref="EvidenceReviewException">An empty spelling, an unknown actor, or a never-merge pair.</exception>
    public Task<StoredNameDecision> ConfirmMergeAsync(string surface, string actorId, ActorNameResolver roster, string analyst, DateTimeOffset at,
        string? note = null, string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        CheckSpelling(surface);
        if (!roster.ActorIds.Contains(actorId))
            throw new EvidenceReviewException($"'{actorId}' is not an actor of the scenario; its actors are {string.Join(", ", roster.ActorIds)}");
        if (roster.NeverMergePairAgainst(surface, actorId) is { } pair)
            throw new EvidenceReviewException(
                $"'{surface}' cannot be merged with {actorId}: {pair.First} and {pair.Second} are a never-merge pair (different people, however alike " +
                "they are spelt); if the pair is wrong for this scenario, remove it from its never_merge list");
        return DecideNameAsync(surface, actorId, NameMergeVerdict.Confirmed, analyst, at, note, workspace, cancellationToken);
    }

    /// <summary>
    /// Rejects the actor for <paramref name="surface"/>: it is never suggested again for that spelling in the
    /// workspace, and the mentions of that spelling resolved to the actor become <c>rejected</c>.
    /// </summary>
    /// <exception cref="EvidenceReviewException">An empty spelling or actor id.</exception>
    public Task<StoredNameDecision> RejectMergeAsync(string surface, string actorId, string analyst, DateTimeOffset at, string? note = null,
        string workspace = DocumentMetadata.DefaultWorkspace, CancellationToken cancellationToken = default)
    {
        CheckSpelling(surface);
        if (string.IsNullOrWhiteSpace(actorId)) throw new EvidenceReviewException("name the actor whose merge with the spelling is rejected");
        return DecideNameAsync(surface, actorId, NameMergeVerdict.Rejected, analyst, at, note, workspace, cancellationToken);
    }

    private static void CheckSpelling(string surface)
    {
        if (string.IsNullOrWhiteSpace(surface)) throw new EvidenceReviewException("the spelling is empty; give the name as the documents write it");
    }

    private async Task<StoredNameDecision> DecideNameAsync(string surface, string actorId, NameMergeVerdict verdict, string analyst, DateTimeOffset at,
        string? note, string workspace, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(analyst);
        surface = surface.Trim();
        note = string.IsNullOrWhiteSpace(note) ? null : note;
        var decision = new NameMergeDecisions([new NameMergeDecision(surface, actorId, verdict)]);
        var status = (verdict == NameMergeVerdict.Confirmed ? AnnotationStatus.Confirmed : AnnotationStatus.Rejected).Name();
        var id = await Runs.UseAsync(async connection =>
        {
            await using var transaction = await Runs.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            var newId = Convert.ToInt64(await Db.ScalarAsync(connection, transaction,
                "INSERT INTO evidence_name_decisions (workspace, surface, actor, verdict, analyst, decided_at, note) " +
                "VALUES (@Workspace, @Surface, @Actor, @Verdict, @Analyst, @At, @Note) RETURNING id", cancellationToken,
                ("Workspace", workspace), ("Surface", surface), ("Actor", actorId), ("Verdict", verdict == NameMergeVerdict.Rejected ? "rejected" : "confirmed"),
                ("Analyst", analyst), ("At", Runs.DbTime(at)), ("Note", note)).ConfigureAwait(false));
            var covered = new List<long>();
            await using (var command = Db.Command(connection, transaction, "SELECT m.id, m.surface " + MentionsOfWorkspace + " AND m.actor = @Actor",
                             ("Workspace", workspace), ("Actor", actorId)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    if (decision.VerdictFor(reader.GetString(1), actorId) is not null) covered.Add(reader.GetInt64(0));
            }
            foreach (var batch in covered.Chunk(200))
            {
                var names = string.Join(", ", batch.Select((_, i) => $"@M{i}"));
                await using var update = Db.Command(connection, transaction, $"UPDATE evidence_mentions SET status = @Status WHERE id IN ({names})", ("Status", status));
                for (var i = 0; i < batch.Length; i++) Db.Add(update, $"M{i}", batch[i]);
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return newId;
        }, cancellationToken).ConfigureAwait(false);
        return new StoredNameDecision(id, workspace, surface, actorId, verdict, analyst, Runs.ReadDbTime(Runs.DbTime(at)), note);
    }
}
