using Plenum.Core.Scenarios;

namespace Plenum.Web.Evidence;

/// <summary>A claim an analyst makes from a selected passage of a stored document, to be written into a scenario.</summary>
/// <param name="Id">The claim id; null to derive one from the statement or the passage.</param>
/// <param name="Statement">What is claimed, in words; null when the claim only names a number.</param>
/// <param name="Number">The scenario number it bears on (<c>kalinin.position.line</c>), or null.</param>
/// <param name="Passage">The selected passage.</param>
/// <param name="Quote">The passage's text, as stored.</param>
/// <param name="Stance"><c>supports</c>, <c>contradicts</c> or <c>context</c>.</param>
/// <param name="Source">The document's source: its id, title, author, publisher and date, declared in the scenario when it is not yet.</param>
public sealed record NewClaim(string? Id, string? Statement, string? Number, PassageReference Passage, string Quote, string Stance, Source Source);
