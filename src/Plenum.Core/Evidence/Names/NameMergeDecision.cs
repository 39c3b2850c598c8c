namespace Plenum.Core.Evidence.Names;

/// <summary>One analyst decision about a surface form and an actor.</summary>
/// <param name="Surface">The surface form as the analyst saw it; compared after folding case, diacritics, possessives and honorifics.</param>
/// <param name="ActorId">The actor concerned.</param>
/// <param name="Verdict">Confirmed or rejected.</param>
/// <param name="Analyst">Who decided, if recorded.</param>
/// <param name="Note">Why, if recorded.</param>
public sealed record NameMergeDecision(string Surface, string ActorId, NameMergeVerdict Verdict, string? Analyst = null, string? Note = null);
