namespace Plenum.Evidence.Search;

/// <summary>A part of a query that a hit must satisfy: one of <see cref="Alternatives"/> occurs (or, when <see cref="Excluded"/>, none does).</summary>
public sealed record SearchClause(IReadOnlyList<SearchTerm> Alternatives, bool Excluded);
