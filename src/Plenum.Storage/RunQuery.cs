namespace Plenum.Storage;

/// <summary>Which runs to list; every filter left null matches all runs. Results come newest first.</summary>
public sealed record RunQuery
{
    /// <summary>All runs, newest first, up to <see cref="DefaultLimit"/>.</summary>
    public static RunQuery Latest { get; } = new();

    /// <summary>How many runs a query returns when <see cref="Limit"/> is not set.</summary>
    public const int DefaultLimit = 100;

    /// <summary>Only runs owned by this workspace.</summary>
    public long? WorkspaceId { get; init; }

    /// <summary>Only runs of this scenario id.</summary>
    public string? ScenarioId { get; init; }

    /// <summary>Only runs of this exact scenario text (its SHA-256).</summary>
    public string? ScenarioHash { get; init; }

    /// <summary>Only runs that included this model (alone or among others).</summary>
    public string? Model { get; init; }

    /// <summary>Only runs created at or after this time.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only runs created strictly before this time.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>At most this many runs (at least 1).</summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Skip this many of the newest matching runs first (for paging).</summary>
    public int Offset { get; init; }
}
