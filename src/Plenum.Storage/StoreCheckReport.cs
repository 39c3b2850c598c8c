namespace Plenum.Storage;

/// <summary>
/// What <c>plenum store check</c> found: whether the store is intact (no corruption, no half-written run), which
/// schema version it has, and how many runs it holds.
/// </summary>
/// <param name="Location">The store, as messages name it (never a password).</param>
/// <param name="SchemaVersion">The store's schema version; 0 when no schema has been created yet.</param>
/// <param name="KnownVersion">The newest schema version this Plenum knows.</param>
/// <param name="Runs">How many runs the store holds.</param>
/// <param name="Problems">Everything wrong, one sentence each; empty when the store is clean.</param>
/// <param name="Notes">What was checked or could not be, for the user's information; never a reason to fail.</param>
public sealed record StoreCheckReport(string Location, int SchemaVersion, int KnownVersion, long Runs,
    IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsClean => Problems.Count == 0;
}
