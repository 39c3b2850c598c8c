namespace Plenum.Storage.Evidence;

/// <summary>A stored document with its extracted text (the original bytes are fetched apart, by <see cref="IEvidenceStore.GetOriginalAsync"/>).</summary>
/// <param name="Summary">Its metadata.</param>
/// <param name="Text">The extracted text all offsets refer to.</param>
public sealed record StoredDocument(DocumentSummary Summary, string Text);
