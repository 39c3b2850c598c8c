using Plenum.Core.Evidence.Names;

namespace Plenum.Evidence.Annotation;

/// <summary>
/// Finds every mention of a scenario actor in a document (aliases, transliterations, skeleton keys, fuzzy
/// matches) and stores the best suggestion with its method and score, as an unconfirmed annotation: merges are
/// the analyst's to confirm.
/// </summary>
public sealed class MentionAnnotator(ActorNameResolver resolver, string? language = null) : IPassageAnnotator
{
    private readonly MentionFinder _finder = new(resolver);

    /// <inheritdoc />
    public string Name => "names";

    /// <inheritdoc />
    public DocumentAnnotations Annotate(AnnotationInput input)
    {
        var mentions = _finder.Find(input.Text, language)
            .Where(m => m.Suggestions.Count > 0)
            .Select(m => new MentionAnnotation(m.Start, m.End, m.Surface, m.Best.ActorId, Method(m.Best.Method), m.Best.Score))
            .ToList();
        return new DocumentAnnotations([], mentions);
    }

    /// <summary>The stored name of a match method.</summary>
    public static string Method(NameMatchMethod method) => method switch
    {
        NameMatchMethod.AnalystConfirmed => "confirmed",
        NameMatchMethod.AliasExact => "alias",
        NameMatchMethod.Transliteration => "transliteration",
        NameMatchMethod.SkeletonKey => "skeleton-key",
        _ => "jaro-winkler",
    };
}
