namespace Plenum.Storage.Evidence.Review;

/// <summary>One analyst decision on a quote's attribution; the latest decision on a quote stands.</summary>
/// <param name="Id">The decision's id (increasing: a later decision has a larger id).</param>
/// <param name="QuoteId">The stored quote decided on.</param>
/// <param name="Verdict">Confirmed as found, or corrected.</param>
/// <param name="Speaker">The speaker's actor id the analyst stands by, or null for nobody.</param>
/// <param name="Addressee">The addressee's actor id the analyst stands by, or null for nobody.</param>
/// <param name="Analyst">Who decided.</param>
/// <param name="DecidedAt">When (UTC).</param>
/// <param name="Note">Why, if given.</param>
public sealed record QuoteReview(long Id, long QuoteId, QuoteVerdict Verdict, string? Speaker, string? Addressee, string Analyst,
    DateTimeOffset DecidedAt, string? Note);
