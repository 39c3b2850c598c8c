namespace Plenum.Core.Evidence.Names;

/// <summary>
/// One candidate actor for a surface form: a suggestion for the analyst, never a merge.
/// </summary>
/// <param name="ActorId">The scenario actor suggested.</param>
/// <param name="Score">Confidence in [0, 1]: 1 for an alias or a confirmed decision, 0.95 for a transliteration,
/// 0.90 for an equal skeleton key, 0.85 × the Jaro–Winkler similarity of the keys below that.</param>
/// <param name="Method">What tied the surface form to the actor.</param>
/// <param name="MatchedVariant">The actor's alias or generated variant the surface form matched.</param>
/// <param name="Detail">Why, in words: which romanisation, which case ending, which rule.</param>
public sealed record NameSuggestion(string ActorId, double Score, NameMatchMethod Method, string MatchedVariant, string Detail);
