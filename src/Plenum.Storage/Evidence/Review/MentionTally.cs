namespace Plenum.Storage.Evidence.Review;

/// <summary>The stored mentions of one spelling resolved to one actor by one method, counted over a workspace.</summary>
/// <param name="Surface">The spelling as written in the documents.</param>
/// <param name="ActorId">The actor the annotator suggested.</param>
/// <param name="Method">How it matched (<c>alias</c>, <c>transliteration</c>, <c>skeleton-key</c>, <c>jaro-winkler</c>).</param>
/// <param name="Score">The best score among them.</param>
/// <param name="Mentions">How many mentions.</param>
/// <param name="Documents">In how many documents.</param>
public sealed record MentionTally(string Surface, string ActorId, string Method, double Score, int Mentions, int Documents);
