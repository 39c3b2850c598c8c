namespace Plenum.Storage.Evidence.Review;

/// <summary>
/// A stored quote with the analyst's latest decision on it: the machine's suggestion (speaker, addressee, rule,
/// confidence) is kept in <see cref="Stored"/>; <see cref="Speaker"/> and <see cref="Addressee"/> are what stands.
/// </summary>
/// <param name="DocumentId">The document the quote is in.</param>
/// <param name="Stored">The quote as the annotator stored it.</param>
/// <param name="Review">The latest decision, or null when nobody has reviewed it.</param>
public sealed record ReviewedQuote(string DocumentId, StoredQuote Stored, QuoteReview? Review)
{
    /// <summary>The quote's id.</summary>
    public long Id => Stored.Id;

    /// <summary>The speaker that stands: the analyst's when reviewed, else the machine's.</summary>
    public string? Speaker => Review is null ? Stored.Quote.Speaker : Review.Speaker;

    /// <summary>The addressee that stands: the analyst's when reviewed, else the machine's.</summary>
    public string? Addressee => Review is null ? Stored.Quote.Addressee : Review.Addressee;

    /// <summary><c>auto</c> (not reviewed), <c>confirmed</c> or <c>corrected</c>.</summary>
    public string State => Review?.Verdict.Name() ?? "auto";
}
