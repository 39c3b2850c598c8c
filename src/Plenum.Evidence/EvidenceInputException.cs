namespace Plenum.Evidence;

/// <summary>
/// A file that cannot be ingested, worded for the user: the file, what is wrong, and what to do. Thrown before
/// anything is written, so a refused file leaves no trace in the store.
/// </summary>
public sealed class EvidenceInputException(EvidenceInputProblem problem, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The kind of problem, for callers that react differently (the CLI exits 2 for all of them).</summary>
    public EvidenceInputProblem Problem { get; } = problem;
}
