namespace Plenum.Evidence.Annotation;

/// <summary>What an annotator reads: the extracted text and what is known of the document.</summary>
/// <param name="DocumentId">The document's id (<c>doc-…</c>).</param>
/// <param name="Text">The extracted text; annotations give offsets into it.</param>
/// <param name="Format">The format it was extracted from.</param>
/// <param name="Metadata">Source, author, publisher, date and workspace.</param>
public sealed record AnnotationInput(string DocumentId, string Text, DocumentFormat Format, DocumentMetadata Metadata);
