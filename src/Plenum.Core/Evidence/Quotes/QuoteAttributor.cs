namespace Plenum.Core.Evidence.Quotes;

/// <summary>
/// Attributes each quotation of a <see cref="QuoteScan"/> to a speaker and, where the text says so, an addressee,
/// with deterministic sieves (see <see cref="AttributionRules"/> and docs/evidence/quotes.md).
/// </summary>
/// <remarks>
/// Explicit patterns are tried first for every quotation (dialogue name, speech verb with a name next to the
/// quotation or before its colon, "these words of", a speech verb in the narration); then, in document order,
/// the answer to a question, paragraph continuation and turn-taking; then addressees. A quotation no rule
/// reaches stays unattributed rather than guessed. Linear in the length of the text; the instance holds only
/// the resolver, so it is thread-safe when the resolver is.
/// </remarks>
public sealed class QuoteAttributor(ISpeakerResolver resolver)
{
    /// <summary>One attribution per quotation of <paramref name="scan"/>, in the same order.</summary>
    public IReadOnlyList<QuoteAttribution> Attribute(QuoteScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return new AttributionRun(new QuoteDocument(scan), resolver).Run();
    }

    /// <summary>Finds the quotations of <paramref name="text"/> and attributes them.</summary>
    public IReadOnlyList<QuoteAttribution> FindAndAttribute(string text) => Attribute(QuoteFinder.Find(text));
}
