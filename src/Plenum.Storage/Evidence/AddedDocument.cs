namespace Plenum.Storage.Evidence;

/// <summary>The outcome of adding a document.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Added">True when it was stored now; false when the same bytes were already in the workspace (nothing was written).</param>
/// <param name="Title">The stored title (that of the earlier copy when <paramref name="Added"/> is false).</param>
public sealed record AddedDocument(string Id, bool Added, string Title);
