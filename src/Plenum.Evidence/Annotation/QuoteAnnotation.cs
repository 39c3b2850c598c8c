namespace Plenum.Evidence.Annotation;

/// <summary>A quoted remark found in a document, with who said it to whom and how sure the finder is.</summary>
/// <param name="Start">Where the quote starts in the document's text (UTF-16 code units).</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Speaker">The actor id of the speaker, or null when the text does not say.</param>
/// <param name="Addressee">The actor id of the person addressed, or null.</param>
/// <param name="Rule">The name of the rule that decided the attribution (for example <c>name-colon</c>, <c>verb-after</c>).</param>
/// <param name="Confidence">The finder's confidence in the attribution, 0–1.</param>
/// <param name="Status">Whether an analyst has confirmed or rejected it.</param>
public sealed record QuoteAnnotation(int Start, int End, string? Speaker, string? Addressee, string Rule, double Confidence,
    AnnotationStatus Status = AnnotationStatus.Auto);
