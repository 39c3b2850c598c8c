using Plenum.Evidence.Annotation;
using Plenum.Evidence.Extraction;
using Plenum.Evidence.Search;

namespace Plenum.Evidence;

/// <summary>
/// The ingest pipeline up to the store: hash, extract, segment, annotate. Pure apart from the annotators, and
/// free of I/O, so the store's write transaction holds its lock only while writing rows.
/// </summary>
public static class DocumentPreparation
{
    /// <summary>Prepares <paramref name="original"/> (read from <paramref name="fileName"/>) for the store.</summary>
    /// <exception cref="EvidenceInputException">The file cannot be read as a document (see <see cref="DocumentExtraction"/>).</exception>
    /// <exception cref="InvalidOperationException">An annotator returned a span outside the text.</exception>
    public static PreparedDocument Prepare(byte[] original, string fileName, DocumentMetadata metadata,
        IReadOnlyList<IPassageAnnotator>? annotators = null, ExtractionOptions? options = null, string? contentHash = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentException.ThrowIfNullOrWhiteSpace(metadata.SourceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(metadata.Workspace);
        var name = Path.GetFileName(fileName);
        var extracted = DocumentExtraction.Extract(original, name, options);
        var hash = contentHash ?? ContentHash.Of(original);
        var id = ContentHash.DocumentId(hash);
        var title = string.IsNullOrWhiteSpace(metadata.Title) ? extracted.Title ?? Path.GetFileNameWithoutExtension(name) : metadata.Title.Trim();
        metadata = metadata with { Title = title };

        var passages = new List<PassageAnchor>();
        var passageIndex = new Dictionary<(int, int), int>();
        var quotes = new List<(int, string, QuoteAnnotation)>();
        var mentions = new List<(int, string, MentionAnnotation)>();
        var input = new AnnotationInput(id, extracted.Text, extracted.Format, metadata);
        foreach (var annotator in annotators ?? [])
        {
            var found = annotator.Annotate(input);
            foreach (var quote in found.Quotes)
                quotes.Add((Passage(quote.Start, quote.End, annotator.Name), annotator.Name, Checked(quote.Confidence, annotator.Name, quote)));
            foreach (var mention in found.Mentions)
                mentions.Add((Passage(mention.Start, mention.End, annotator.Name), annotator.Name, Checked(mention.Score, annotator.Name, mention)));
        }

        return new PreparedDocument
        {
            Id = id,
            ContentHash = hash,
            Metadata = metadata,
            FileName = name,
            Original = original,
            Extracted = extracted,
            Segments = Segmenter.Split(extracted.Text),
            Passages = passages,
            Quotes = quotes,
            Mentions = mentions,
            ExtractorVersion = DocumentExtraction.Version,
        };

        int Passage(int start, int end, string annotator)
        {
            if (start < 0 || end > extracted.Text.Length || start >= end)
                throw new InvalidOperationException($"the annotator '{annotator}' returned the span [{start}, {end}), outside the text of {name} ({extracted.Text.Length} characters)");
            if (passageIndex.TryGetValue((start, end), out var index)) return index;
            passages.Add(PassageAnchor.For(extracted.Text, start, end));
            return passageIndex[(start, end)] = passages.Count - 1;
        }
    }

    private static T Checked<T>(double score, string annotator, T annotation)
    {
        if (!double.IsFinite(score) || score is < 0 or > 1)
            throw new InvalidOperationException($"the annotator '{annotator}' returned a confidence of {score} for {annotation}; it must lie between 0 and 1");
        return annotation;
    }
}
