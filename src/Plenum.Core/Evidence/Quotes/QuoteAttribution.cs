namespace Plenum.Core.Evidence.Quotes;

/// <summary>Who said a quotation and to whom, with the rule that decided each and how sure it is.</summary>
/// <param name="Quotation">The quotation attributed.</param>
/// <param name="Speakers">Empty when unattributed; two or more for a joint remark ("Zinoviev and Kamenev defined…").</param>
/// <param name="SpeakerRule">A name from <see cref="AttributionRules"/>; <see cref="AttributionRules.Unattributed"/> when none applied.</param>
/// <param name="SpeakerConfidence">In [0, 1]; 0 when unattributed.</param>
/// <param name="Addressee">Whom the remark is addressed to, where the text says so; null otherwise.</param>
/// <param name="AddresseeRule">The rule that found the addressee; <see cref="AttributionRules.Unattributed"/> when none.</param>
/// <param name="AddresseeConfidence">In [0, 1]; 0 when there is no addressee.</param>
public sealed record QuoteAttribution(
    Quotation Quotation,
    IReadOnlyList<SpeakerRef> Speakers,
    string SpeakerRule,
    double SpeakerConfidence,
    SpeakerRef? Addressee,
    string AddresseeRule,
    double AddresseeConfidence)
{
    /// <summary>The (first) speaker, or null when unattributed.</summary>
    public SpeakerRef? Speaker => Speakers.Count > 0 ? Speakers[0] : null;
}
