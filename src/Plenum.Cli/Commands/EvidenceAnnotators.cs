using Plenum.Evidence.Annotation;

namespace Plenum.Cli.Commands;

/// <summary>
/// The annotators <c>plenum evidence add</c> runs on every new document; their quotes and mentions are stored in
/// the same transaction as the document. The quotation finder and the name resolver register here, one line each.
/// </summary>
internal static class EvidenceAnnotators
{
    /// <summary>The annotators in the order they run.</summary>
    public static IReadOnlyList<IPassageAnnotator> Default { get; } = [];
}
