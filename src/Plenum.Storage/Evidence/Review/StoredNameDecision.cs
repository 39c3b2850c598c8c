using Plenum.Core.Evidence.Names;

namespace Plenum.Storage.Evidence.Review;

/// <summary>An analyst's answer to a name suggestion, as stored: a spelling confirmed as, or rejected for, an actor.</summary>
/// <param name="Id">The decision's id (a later decision has a larger id).</param>
/// <param name="Workspace">The workspace it applies to.</param>
/// <param name="Surface">The spelling as the analyst gave it; compared as the name resolver compares names.</param>
/// <param name="ActorId">The actor.</param>
/// <param name="Verdict">Confirmed (a merge) or rejected (never suggested again).</param>
/// <param name="Analyst">Who decided.</param>
/// <param name="DecidedAt">When (UTC).</param>
/// <param name="Note">Why, if given.</param>
public sealed record StoredNameDecision(long Id, string Workspace, string Surface, string ActorId, NameMergeVerdict Verdict, string Analyst,
    DateTimeOffset DecidedAt, string? Note)
{
    /// <summary>The decision as the name resolver takes it.</summary>
    public NameMergeDecision ToDecision() => new(Surface, ActorId, Verdict, Analyst, Note);
}
