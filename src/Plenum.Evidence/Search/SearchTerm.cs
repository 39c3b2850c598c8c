namespace Plenum.Evidence.Search;

/// <summary>One word or phrase of a query: its words in order; <see cref="Prefix"/> lets the last word match any word it begins.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix);
