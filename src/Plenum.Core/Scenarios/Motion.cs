namespace Plenum.Core.Scenarios;

/// <summary>What a motion asks for.</summary>
public enum MotionKind
{
    /// <summary>Move an issue to a proposed position.</summary>
    Policy,
    /// <summary>Remove the targets from a body.</summary>
    Removal,
    /// <summary>Appoint the targets to a body.</summary>
    Appointment,
}

/// <summary>A proposal put to a body.</summary>
/// <param name="Issue">For policy motions: the issue and the proposed position. For personnel motions: the issue
/// whose outcome the motion stands for (optional).</param>
/// <param name="Targets">For personnel motions: who is removed or appointed.</param>
/// <param name="From">For personnel motions: the body the targets are removed from or appointed to.</param>
/// <param name="DecidedBy">The body whose vote settles the motion.</param>
/// <param name="ProposedBy">The actor who moves it, if known.</param>
public sealed record Motion(
    string Id,
    MotionKind Kind,
    string? Issue,
    double? Proposal,
    IReadOnlyList<string> Targets,
    string? From,
    string DecidedBy,
    string? ProposedBy,
    string? Notes,
    SourceSpan Where);
