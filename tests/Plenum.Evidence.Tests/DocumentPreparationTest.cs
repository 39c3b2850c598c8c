using Plenum.Evidence.Annotation;

namespace Plenum.Evidence.Tests;

public sealed class DocumentPreparationTest
{
    private sealed class FixedAnnotator(string name, DocumentAnnotations found) : IPassageAnnotator
    {
        public string Name => name;

        public AnnotationInput? Seen { get; private set; }

        public DocumentAnnotations Annotate(AnnotationInput input)
        {
            Seen = input;
            return found;
        }
    }

    private static readonly byte[] Minutes = "Kamenev asked: \"But that would be a platform?\" Bukharin did not answer."u8.ToArray();

    [Fact]
    public void Prepare_PlainText_IdAndHashFromTheBytes()
    {
        var prepared = DocumentPreparation.Prepare(Minutes, "/tmp/minutes.txt", new DocumentMetadata("militant-1929"));

        Assert.Equal(ContentHash.Of(Minutes), prepared.ContentHash);
        Assert.Equal(64, prepared.ContentHash.Length);
        Assert.Equal("doc-" + prepared.ContentHash[..16], prepared.Id);
        Assert.Equal("minutes.txt", prepared.FileName);
        Assert.Equal("minutes", prepared.Metadata.Title);
        Assert.Single(prepared.Segments);
        Assert.Empty(prepared.Passages);
    }

    [Fact]
    public void Prepare_WithAnnotators_SharedSpansBecomeOnePassage()
    {
        var quotes = new FixedAnnotator("quotes", new DocumentAnnotations(
            [new QuoteAnnotation(15, 46, "kamenev", null, "name-verb-colon", 0.9)], []));
        var names = new FixedAnnotator("names", new DocumentAnnotations([],
            [new MentionAnnotation(0, 7, "Kamenev", "kamenev", "alias", 1.0), new MentionAnnotation(47, 55, "Bukharin", "bukharin", "alias", 1.0),
             new MentionAnnotation(15, 46, "odd but allowed", null, "test", 0.5)]));

        var prepared = DocumentPreparation.Prepare(Minutes, "m.txt", new DocumentMetadata("militant-1929", Title: "Minutes"), [quotes, names]);

        Assert.Equal(3, prepared.Passages.Count);
        Assert.Equal("\"But that would be a platform?\"", prepared.Passages[0].Exact);
        Assert.Equal("Kamenev asked: ", prepared.Passages[0].Prefix);
        Assert.Equal(" Bukharin did not answer.", prepared.Passages[0].Suffix);
        Assert.Equal(0, prepared.Quotes[0].Passage);
        Assert.Equal("quotes", prepared.Quotes[0].Annotator);
        Assert.Equal([1, 2, 0], prepared.Mentions.Select(m => m.Passage));
        Assert.Equal(prepared.Id, quotes.Seen!.DocumentId);
        Assert.Equal("Minutes", quotes.Seen.Metadata.Title);
    }

    [Fact]
    public void Prepare_AnnotatorSpanOutsideTheText_Fails()
    {
        var bad = new FixedAnnotator("quotes", new DocumentAnnotations([new QuoteAnnotation(60, 500, null, null, "r", 0.5)], []));

        var e = Assert.Throws<InvalidOperationException>(() => DocumentPreparation.Prepare(Minutes, "m.txt", new DocumentMetadata("s"), [bad]));

        Assert.Equal("the annotator 'quotes' returned the span [60, 500), outside the text of m.txt (71 characters)", e.Message);
    }

    [Fact]
    public void Prepare_ConfidenceOutsideZeroToOne_Fails()
    {
        var bad = new FixedAnnotator("quotes", new DocumentAnnotations([new QuoteAnnotation(0, 5, null, null, "r", 1.5)], []));

        var e = Assert.Throws<InvalidOperationException>(() => DocumentPreparation.Prepare(Minutes, "m.txt", new DocumentMetadata("s"), [bad]));

        Assert.StartsWith("the annotator 'quotes' returned a confidence of 1.5 for ", e.Message);
    }
}
