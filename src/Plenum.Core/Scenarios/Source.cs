namespace Plenum.Core.Scenarios;

/// <summary>A document the scenario's numbers are drawn from.</summary>
/// <param name="Reliability">The grade of the source (A–F, as in the Admiralty code), separate from each claim's credibility.</param>
/// <param name="File">Path of a copy of the text, relative to the scenario file.</param>
public sealed record Source(string Id, string Title, string? File, string? Reliability, string? Author, string? Date, SourceSpan Where);
