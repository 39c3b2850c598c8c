namespace Plenum.Evidence.Annotation;

/// <summary>
/// Finds quotes and name mentions in a document's text while it is being added. The ingest pipeline runs every
/// annotator it is given and stores the document, its passages and all annotations in one transaction, so a
/// document is never stored half-annotated; an annotator that throws stops the document from being stored.
/// </summary>
/// <remarks>
/// Annotators must be pure (same text, same result): they run before the write transaction opens, and the store
/// may call them from several threads. The quotation finder and the name resolver plug in here.
/// </remarks>
public interface IPassageAnnotator
{
    /// <summary>A short stable name (<c>quotes</c>, <c>names</c>), stored with each annotation it makes.</summary>
    string Name { get; }

    /// <summary>The quotes and mentions found in the document.</summary>
    DocumentAnnotations Annotate(AnnotationInput input);
}
