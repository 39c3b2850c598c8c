using Plenum.Core.Evidence;
using Plenum.Core.Scenarios;
using Plenum.Evidence;
using Plenum.Evidence.Annotation;
using Plenum.Evidence.Extraction;

namespace Plenum.Fuzz;

/// <summary>
/// One evidence importer (plain text with its encoding detection, Markdown, HTML, PDF) run the way
/// <c>plenum evidence add</c> runs it: the raw bytes are extracted and segmented for search and, with
/// <paramref name="Annotate"/>, annotated with quotes and actor mentions against the politburo-1929 roster.
/// </summary>
/// <param name="Name">The name given to <c>fuzz/run.sh</c>.</param>
/// <param name="FileName">The file name the importer is told; every refusal must name it.</param>
/// <param name="Format">The extractor under test (forced, so each harness stays on its own code).</param>
/// <param name="Annotate">Also run the quote and mention annotators (slower: kept to its own harness so the
/// importers' harnesses reach their execution counts).</param>
public sealed record EvidenceTarget(string Name, string FileName, DocumentFormat Format, bool Annotate = false) : IFuzzTarget
{
    /// <summary>The roster file copied beside the harness (scenarios/politburo-1929.yaml).</summary>
    public const string RosterFile = "roster.yaml";

    private static readonly Lazy<IReadOnlyList<IPassageAnnotator>> Annotators = new(LoadAnnotators);

    /// <summary>
    /// The contract: the importer returns a document, or refuses the file with an <see cref="EvidenceInputException"/>
    /// whose message names the file. A document has a non-empty text with letters or digits, <c>\n</c> line ends,
    /// segments covering the text in order, every annotation on a span inside the text with a score in [0, 1], and,
    /// for PDF, page starts that begin at 0 and rise inside the text. Any other exception is a crash.
    /// </summary>
    public void Check(Stream input)
    {
        var bytes = Read(input);
        DocumentExtraction.Detect(bytes, FileName);
        PreparedDocument document;
        try
        {
            document = DocumentPreparation.Prepare(bytes, FileName, new DocumentMetadata("fuzz"), Annotate ? Annotators.Value : [], new ExtractionOptions(Format));
        }
        catch (EvidenceInputException e)
        {
            if (string.IsNullOrWhiteSpace(e.Message) || !e.Message.Contains(FileName, StringComparison.Ordinal))
                throw new ContractViolation($"a refusal that does not name the file: {e.Problem}: {e.Message}");
            return;
        }
        CheckDocument(document);
    }

    private void CheckDocument(PreparedDocument document)
    {
        var text = document.Extracted.Text;
        if (text.Length == 0 || !text.Any(char.IsLetterOrDigit)) throw new ContractViolation("a document without text");
        if (text.Contains('\r')) throw new ContractViolation("a carriage return left in the text");
        if (document.Extracted.Format != Format) throw new ContractViolation($"read as {document.Extracted.Format}, asked for {Format}");
        if (document.Extracted.Title is { } title && string.IsNullOrWhiteSpace(title)) throw new ContractViolation("a blank title");
        var at = 0;
        foreach (var segment in document.Segments)
        {
            if (segment.Start != at || segment.End <= segment.Start || segment.End > text.Length)
                throw new ContractViolation($"segment [{segment.Start}, {segment.End}) does not continue at {at} inside {text.Length} characters");
            at = segment.End;
        }
        if (at != text.Length) throw new ContractViolation($"segments end at {at}, the text at {text.Length}");
        foreach (var passage in document.Passages)
            if (passage.Start < 0 || passage.End > text.Length || passage.Start >= passage.End || text[passage.Start..passage.End] != passage.Exact)
                throw new ContractViolation($"passage [{passage.Start}, {passage.End}) outside the text or not its text");
        foreach (var (passage, _, quote) in document.Quotes)
            if (passage < 0 || passage >= document.Passages.Count || quote.Confidence is < 0 or > 1)
                throw new ContractViolation($"quote on passage {passage} with confidence {quote.Confidence}");
        foreach (var (passage, _, mention) in document.Mentions)
            if (passage < 0 || passage >= document.Passages.Count || mention.Score is < 0 or > 1)
                throw new ContractViolation($"mention on passage {passage} with score {mention.Score}");
        var pages = document.Extracted.PageStarts;
        if (Format != DocumentFormat.Pdf && pages.Count > 0) throw new ContractViolation("page starts outside a PDF");
        if (Format == DocumentFormat.Pdf && (pages.Count == 0 || pages[0] != 0)) throw new ContractViolation("a PDF whose first page does not start at 0");
        for (var i = 1; i < pages.Count; i++)
            if (pages[i] < pages[i - 1] || pages[i] > text.Length)
                throw new ContractViolation($"page {i + 1} starts at {pages[i]}, after page {i} at {pages[i - 1]}, in {text.Length} characters");
    }

    private static byte[] Read(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.Length <= Inputs.MaxBytes ? buffer.ToArray() : buffer.GetBuffer().AsSpan(0, Inputs.MaxBytes).ToArray();
    }

    private static IReadOnlyList<IPassageAnnotator> LoadAnnotators()
    {
        var path = Path.Combine(AppContext.BaseDirectory, RosterFile);
        var loaded = ScenarioLoader.Load(path, File.ReadAllText(path));
        var scenario = loaded.Scenario ?? throw new InvalidOperationException($"{path}: {string.Join("; ", loaded.Problems)}");
        var speakers = new RosterSpeakerResolver(scenario);
        return [new QuoteAnnotator(speakers), new MentionAnnotator(speakers.Names)];
    }
}
