using Plenum.Core.Evidence.Names;

namespace Plenum.Storage.Evidence.Review;

/// <summary>A spelling found in the workspace's documents that may name an actor: what the analyst confirms or rejects.</summary>
/// <param name="Surface">The spelling as the documents write it.</param>
/// <param name="ActorId">The actor suggested.</param>
/// <param name="Score">The resolver's score, 0–1.</param>
/// <param name="Method">How it matched: <c>alias</c>, <c>transliteration</c>, <c>skeleton-key</c>, <c>jaro-winkler</c>, or <c>confirmed</c>.</param>
/// <param name="Detail">Why, in words (with a scenario: the resolver's own explanation).</param>
/// <param name="Mentions">How many stored mentions have this spelling.</param>
/// <param name="Documents">In how many documents.</param>
/// <param name="Verdict">The analyst's standing decision, or null while undecided (a rejected one is never listed).</param>
public sealed record NameMergeSuggestion(string Surface, string ActorId, double Score, string Method, string Detail, int Mentions, int Documents,
    NameMergeVerdict? Verdict);
