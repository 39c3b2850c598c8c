namespace Plenum.Storage.Evidence.Review;

/// <summary>What an analyst decided about a quote's machine-made attribution.</summary>
public enum QuoteVerdict
{
    /// <summary>The speaker and addressee are right as the annotator found them.</summary>
    Confirmed,

    /// <summary>The analyst gave another speaker or addressee.</summary>
    Corrected,
}

/// <summary>The stored names of the verdicts: confirmed, corrected.</summary>
public static class QuoteVerdicts
{
    /// <summary>The lower-case name stored in <c>evidence_quote_reviews.verdict</c>.</summary>
    public static string Name(this QuoteVerdict verdict) => verdict == QuoteVerdict.Corrected ? "corrected" : "confirmed";

    /// <summary>The verdict with this stored name.</summary>
    public static QuoteVerdict Parse(string name) => name == "corrected" ? QuoteVerdict.Corrected : QuoteVerdict.Confirmed;
}
