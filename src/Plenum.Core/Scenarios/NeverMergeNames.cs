namespace Plenum.Core.Scenarios;

/// <summary>
/// Two names the scenario's author says are different people, however alike they are spelt
/// (Uglanov and Ulyanov): name resolution over the scenario's evidence never suggests one for the other.
/// </summary>
/// <param name="First">One name as usually spelt.</param>
/// <param name="Second">The other name.</param>
/// <param name="Where">Where the pair is written in the scenario file.</param>
public sealed record NeverMergeNames(string First, string Second, SourceSpan Where);
