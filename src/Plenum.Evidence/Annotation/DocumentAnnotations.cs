namespace Plenum.Evidence.Annotation;

/// <summary>What one annotator found in one document.</summary>
public sealed record DocumentAnnotations(IReadOnlyList<QuoteAnnotation> Quotes, IReadOnlyList<MentionAnnotation> Mentions)
{
    /// <summary>Nothing found.</summary>
    public static readonly DocumentAnnotations None = new([], []);
}
