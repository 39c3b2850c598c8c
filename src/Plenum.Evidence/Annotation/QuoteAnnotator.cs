using Plenum.Core.Evidence.Quotes;

namespace Plenum.Evidence.Annotation;

/// <summary>
/// Finds the quoted remarks of a document (before any sentence splitting) and attributes each to a speaker and
/// addressee through the given resolver; every quotation is stored, attributed or not, with the deciding rule.
/// </summary>
public sealed class QuoteAnnotator(ISpeakerResolver resolver) : IPassageAnnotator
{
    private readonly QuoteAttributor _attributor = new(resolver);

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public DocumentAnnotations Annotate(AnnotationInput input)
    {
        var quotes = _attributor.FindAndAttribute(input.Text)
            .Select(a => new QuoteAnnotation(a.Quotation.Span.Start, a.Quotation.Span.End, a.Speaker?.ActorId, a.Addressee?.ActorId,
                a.SpeakerRule, a.SpeakerConfidence))
            .ToList();
        return new DocumentAnnotations(quotes, []);
    }
}
