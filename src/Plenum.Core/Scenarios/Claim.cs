namespace Plenum.Core.Scenarios;

/// <summary>
/// Something the analyst asserts and ties to passages: either one of the scenario's numbers
/// (<c>kalinin.position.line</c>) or a statement ("Kalinin supports Stalin").
/// </summary>
/// <param name="Id">Unique among the scenario's claims.</param>
/// <param name="Statement">The claim in words; null for a claim that only names a number.</param>
/// <param name="Number">The input number the claim is about, as a what-if path (<c>ACTOR.position.ISSUE</c>…); null for a statement.</param>
/// <param name="About">Actors the claim concerns.</param>
/// <param name="Credibility">The analyst's grade of the information, 1 (confirmed) to 6 (cannot be judged), as in the Admiralty code.</param>
/// <param name="Evidence">The passages for and against the claim.</param>
/// <param name="Where">Where the claim is written.</param>
public sealed record Claim(
    string Id,
    string? Statement,
    string? Number,
    IReadOnlyList<string> About,
    int? Credibility,
    IReadOnlyList<EvidenceLink> Evidence,
    SourceSpan Where);
