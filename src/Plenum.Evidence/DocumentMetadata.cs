namespace Plenum.Evidence;

/// <summary>What the analyst says about a document when adding it: which source it belongs to, and who wrote and published it when.</summary>
/// <param name="SourceId">The source this document belongs to (several files may make up one source); corroboration counts sources, not files.</param>
/// <param name="Title">The title; when null, the title found in the document or else the file name.</param>
/// <param name="Author">Who wrote it, or null when unknown.</param>
/// <param name="Publisher">Who published it (newspaper, channel, body), or null when unknown.</param>
/// <param name="Date">When it was written or published, or null when unknown.</param>
/// <param name="Workspace">The workspace the document belongs to; <c>default</c> unless a web app separates teams.</param>
public sealed record DocumentMetadata(
    string SourceId,
    string? Title = null,
    string? Author = null,
    string? Publisher = null,
    DateOnly? Date = null,
    string Workspace = DocumentMetadata.DefaultWorkspace)
{
    /// <summary>The workspace of the command line.</summary>
    public const string DefaultWorkspace = "default";
}
