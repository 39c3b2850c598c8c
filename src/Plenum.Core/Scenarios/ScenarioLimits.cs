namespace Plenum.Core.Scenarios;

/// <summary>Explicit limits on what Plenum accepts, so that a hostile or mistaken file is refused, not run.</summary>
public static class ScenarioLimits
{
    /// <summary>Largest input file read, in bytes (50 MB).</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Most actors in one scenario.</summary>
    public const int MaxActors = 100_000;

    /// <summary>Most issues (dimensions) in one scenario.</summary>
    public const int MaxIssues = 1_000;

    /// <summary>Most bodies in one scenario.</summary>
    public const int MaxBodies = 1_000;

    /// <summary>Most motions in one scenario.</summary>
    public const int MaxMotions = 10_000;

    /// <summary>Most rounds any round-based model will run.</summary>
    public const int MaxRounds = 100_000;

    /// <summary>Most Monte Carlo runs in one forecast.</summary>
    public const int MaxRuns = 10_000_000;
}
