namespace Plenum.Evidence.Annotation;

/// <summary>A name found in a document, with the actor it may stand for and how the match was made.</summary>
/// <param name="Start">Where the name starts in the document's text (UTF-16 code units).</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Surface">The name as written.</param>
/// <param name="Actor">The actor id it resolves to, or null when unresolved.</param>
/// <param name="Method">How it was matched: <c>alias</c>, <c>transliteration</c>, <c>fuzzy</c>…</param>
/// <param name="Score">The match score, 0–1.</param>
/// <param name="Status">Whether an analyst has confirmed or rejected the match.</param>
public sealed record MentionAnnotation(int Start, int End, string Surface, string? Actor, string Method, double Score,
    AnnotationStatus Status = AnnotationStatus.Auto);
