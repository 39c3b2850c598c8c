namespace Plenum.Storage;

/// <summary>Two saved runs loaded side by side for <c>plenum compare</c>; the CLI decides how to present the differences.</summary>
/// <param name="Left">The first run named.</param>
/// <param name="Right">The second run named.</param>
public sealed record RunComparison(RunRecord Left, RunRecord Right)
{
    /// <summary>True when both runs read the very same scenario text.</summary>
    public bool SameScenarioText => string.Equals(Left.ScenarioHash, Right.ScenarioHash, StringComparison.Ordinal);
}
