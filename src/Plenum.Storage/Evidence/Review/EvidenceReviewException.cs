namespace Plenum.Storage.Evidence.Review;

/// <summary>
/// A review decision the store refuses: an unknown quote, an actor the scenario does not have, a merge that a
/// never-merge pair forbids. The message says what to do; the CLI prints it and exits 2, the web app answers 422.
/// </summary>
public sealed class EvidenceReviewException(string message) : Exception(message);
